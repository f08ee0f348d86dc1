package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.util.Set;

/** An age from {@code min} to {@code max} years, both included; either may be left open. */
public record AgeRange(Integer min, Integer max) implements AccessCriteria.Leaf {

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        Integer age = answers.age();
        if (age == null) {
            return Judgement.unknown("eligibility.reason.ageMissing");
        }
        if (min != null && age < min) {
            return Judgement.notMet("eligibility.reason.ageBelow", age, min);
        }
        if (max != null && age > max) {
            return Judgement.notMet("eligibility.reason.ageAbove", age, max);
        }
        if (min != null && max != null) {
            return Judgement.met("eligibility.reason.ageBetween", age, min, max);
        }
        return min != null
                ? Judgement.met("eligibility.reason.ageAtLeast", age, min)
                : Judgement.met("eligibility.reason.ageAtMost", age, max);
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        if (min != null && max != null) {
            return phrases.said("eligibility.rule.ageBetween", min, max);
        }
        return min != null
                ? phrases.said("eligibility.rule.ageAtLeast", min)
                : phrases.said("eligibility.rule.ageAtMost", max);
    }

    @Override
    public Set<Question> questions() {
        return Set.of(Question.AGE);
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        if (min == null && max == null) {
            throw RuleViolationException.invalid(path, "error.eligibility.ageRangeEmpty");
        }
        CriteriaValidation.age(path + ".min", min);
        CriteriaValidation.age(path + ".max", max);
        if (min != null && max != null && min > max) {
            throw RuleViolationException.invalid(path + ".max", "error.eligibility.ageMinAboveMax");
        }
    }
}

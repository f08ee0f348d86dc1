package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.util.Set;

/** A recognised civil invalidity of at least {@code percent}, the percentage included. */
public record InvalidityAtLeast(int percent) implements AccessCriteria.Leaf {

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        Integer invalidity = answers.invalidityPercent();
        if (invalidity == null) {
            return Judgement.unknown("eligibility.reason.invalidityMissing");
        }
        return invalidity < percent
                ? Judgement.notMet("eligibility.reason.invalidityBelow", invalidity, percent)
                : Judgement.met("eligibility.reason.invalidityAtLeast", invalidity, percent);
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        return phrases.said("eligibility.rule.invalidity", percent);
    }

    @Override
    public Set<Question> questions() {
        return Set.of(Question.INVALIDITY);
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        // 0 % asks for nothing: a criterion that every answer meets is a mistake.
        if (percent < 1 || percent > 100) {
            throw RuleViolationException.invalid(path + ".percent", "error.eligibility.percentOutOfRange", 1, 100);
        }
    }
}

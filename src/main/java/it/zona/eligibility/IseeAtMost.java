package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.Set;

/**
 * An ISEE of the given kind at most the threshold, the threshold included. An ISEE of another kind
 * does not count: the kinds measure different households and services.
 */
public record IseeAtMost(IseeType type, BigDecimal threshold) implements AccessCriteria.Leaf {

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        BigDecimal isee = answers.isee();
        if (isee == null) {
            return Judgement.unknown("eligibility.reason.iseeMissing", type.label());
        }
        // A value without its kind may be any of them: which threshold it meets is not known.
        if (answers.iseeType() == null) {
            return Judgement.unknown("eligibility.reason.iseeTypeMissing");
        }
        if (answers.iseeType() != type) {
            return Judgement.notMet(
                    "eligibility.reason.iseeOtherType",
                    type.label(),
                    answers.iseeType().label());
        }
        return isee.compareTo(threshold) <= 0
                ? Judgement.met("eligibility.reason.iseeWithin", isee, threshold)
                : Judgement.notMet("eligibility.reason.iseeAbove", isee, threshold);
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        return phrases.said("eligibility.rule.iseeAtMost", type.label(), threshold);
    }

    @Override
    public Set<Question> questions() {
        return Set.of(Question.ISEE);
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        if (type == null) {
            throw RuleViolationException.invalid(path + ".type", "error.eligibility.iseeTypeRequired");
        }
        CriteriaValidation.requiredAmount(path + ".threshold", threshold);
    }
}

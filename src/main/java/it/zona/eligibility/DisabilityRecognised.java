package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.util.Set;

/**
 * A disability recognised under L. 104/1992, art. 3, at least at {@code level}: comma 3 (the
 * situation of gravity) is enough where comma 1 is asked, comma 1 is not where comma 3 is.
 */
public record DisabilityRecognised(Disability level) implements AccessCriteria.Leaf {

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        Disability disability = answers.disability();
        if (disability == null) {
            return Judgement.unknown("eligibility.reason.disabilityMissing");
        }
        if (disability == Disability.NONE) {
            return Judgement.notMet("eligibility.reason.disabilityNone");
        }
        return disability.satisfies(level)
                ? Judgement.met("eligibility.reason.disabilityRecognised", disability.label())
                : Judgement.notMet("eligibility.reason.disabilityNotGrave");
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        // Comma 3 is enough where comma 1 is asked: the citizen with either reads that they qualify.
        return level == Disability.ART3_C3
                ? phrases.said("eligibility.rule.disabilityGrave")
                : phrases.said("eligibility.rule.disability");
    }

    @Override
    public Set<Question> questions() {
        return Set.of(Question.DISABILITY);
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        if (level == null || level == Disability.NONE) {
            throw RuleViolationException.invalid(path + ".level", "error.eligibility.disabilityLevel");
        }
    }
}

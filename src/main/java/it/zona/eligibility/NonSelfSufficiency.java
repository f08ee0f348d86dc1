package it.zona.eligibility;

import java.util.Set;

/** The person is not self-sufficient (non autosufficiente). */
public record NonSelfSufficiency() implements AccessCriteria.Leaf {

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        Boolean nonSelfSufficient = answers.nonSelfSufficient();
        if (nonSelfSufficient == null) {
            return Judgement.unknown("eligibility.reason.selfSufficiencyMissing");
        }
        return nonSelfSufficient
                ? Judgement.met("eligibility.reason.nonSelfSufficient")
                : Judgement.notMet("eligibility.reason.selfSufficient");
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        return phrases.said("eligibility.rule.nonSelfSufficient");
    }

    @Override
    public Set<Question> questions() {
        return Set.of(Question.SELF_SUFFICIENCY);
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        // Nothing to choose, nothing to get wrong.
    }
}

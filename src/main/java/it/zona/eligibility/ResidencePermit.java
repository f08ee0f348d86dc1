package it.zona.eligibility;

import java.util.Set;

/**
 * A citizen of a country outside the European Union holds a residence permit; for Italian and
 * other EU citizens the criterion holds without one.
 */
public record ResidencePermit() implements AccessCriteria.Leaf {

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        Boolean nonEuCitizen = answers.nonEuCitizen();
        if (nonEuCitizen == null) {
            return Judgement.unknown("eligibility.reason.citizenshipMissing");
        }
        if (!nonEuCitizen) {
            return Judgement.met("eligibility.reason.euCitizen");
        }
        Boolean permit = answers.residencePermit();
        if (permit == null) {
            return Judgement.unknown("eligibility.reason.permitMissing");
        }
        return permit
                ? Judgement.met("eligibility.reason.permitHeld")
                : Judgement.notMet("eligibility.reason.permitLacking");
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        return phrases.said("eligibility.rule.residencePermit");
    }

    @Override
    public Set<Question> questions() {
        return Set.of(Question.CITIZENSHIP);
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        // Nothing to choose, nothing to get wrong.
    }
}

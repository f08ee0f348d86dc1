package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.util.List;
import java.util.Set;

/**
 * Residence in one of the listed municipalities, by ISTAT code; with none listed, in any member
 * municipality of the District, so that the criterion follows the District when its members change.
 */
public record Residence(List<String> municipalities) implements AccessCriteria.Leaf {

    public Residence {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        String municipality = answers.municipality();
        if (municipality == null) {
            return Judgement.unknown("eligibility.reason.residenceMissing");
        }
        if (municipalities.isEmpty()) {
            return districtMunicipalities.contains(municipality)
                    ? Judgement.met("eligibility.reason.residenceInDistrict")
                    : Judgement.notMet("eligibility.reason.residenceOutsideDistrict");
        }
        return municipalities.contains(municipality)
                ? Judgement.met("eligibility.reason.residenceListed")
                : Judgement.notMet("eligibility.reason.residenceNotListed");
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        return municipalities.isEmpty()
                ? phrases.said("eligibility.rule.residenceInDistrict")
                : phrases.said("eligibility.rule.residenceListed").with(phrases.municipalities(municipalities));
    }

    @Override
    public Set<Question> questions() {
        return Set.of(Question.MUNICIPALITY);
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        for (int i = 0; i < municipalities.size(); i++) {
            String municipality = municipalities.get(i);
            if (!districtMunicipalities.contains(municipality)) {
                throw RuleViolationException.invalid(
                        path + ".municipalities[" + i + "]", "error.eligibility.notMember", municipality);
            }
        }
    }
}

package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.util.List;
import java.util.Set;

/** An employment status among the {@code accepted} ones. */
public record EmploymentStatus(List<Employment> accepted) implements AccessCriteria.Leaf {

    public EmploymentStatus {
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
    }

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        Employment employment = answers.employment();
        if (employment == null) {
            return Judgement.unknown("eligibility.reason.employmentMissing");
        }
        return accepted.contains(employment)
                ? Judgement.met("eligibility.reason.employmentAccepted", employment.label())
                : Judgement.notMet("eligibility.reason.employmentNotAccepted", employment.label());
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        return phrases.said(
                "eligibility.rule.employment",
                phrases.list(accepted.stream().map(Employment::label).toList()));
    }

    @Override
    public Set<Question> questions() {
        return Set.of(Question.EMPLOYMENT);
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        if (accepted.isEmpty()) {
            throw RuleViolationException.invalid(path + ".accepted", "error.eligibility.employmentEmpty");
        }
    }
}

package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A household of at least {@code minMembers} people, of whom at least {@code minMinors} under 18;
 * either may be left open.
 */
public record Household(Integer minMembers, Integer minMinors) implements AccessCriteria.Leaf {

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        List<Judgement> parts = new ArrayList<>();
        if (minMembers != null) {
            parts.add(members(answers.householdMembers()));
        }
        if (minMinors != null) {
            parts.add(minors(answers.minors()));
        }
        Verdict verdict = Verdict.allOf(parts.stream().map(Judgement::verdict).toList());
        if (verdict == Verdict.MET && parts.size() == 2) {
            return Judgement.met("eligibility.reason.householdMet", answers.householdMembers(), answers.minors());
        }
        // The part that decides tells why: the one that fails, else the one not answered.
        return parts.stream().filter(p -> p.verdict() == verdict).findFirst().orElseThrow();
    }

    private Judgement members(Integer members) {
        if (members == null) {
            return Judgement.unknown("eligibility.reason.householdMissing");
        }
        return members < minMembers
                ? Judgement.notMet("eligibility.reason.householdTooSmall", members, minMembers)
                : Judgement.met("eligibility.reason.householdLargeEnough", members, minMembers);
    }

    private Judgement minors(Integer minors) {
        if (minors == null) {
            return Judgement.unknown("eligibility.reason.minorsMissing");
        }
        return minors < minMinors
                ? Judgement.notMet("eligibility.reason.minorsTooFew", minors, minMinors)
                : Judgement.met("eligibility.reason.minorsEnough", minors, minMinors);
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        if (minMembers != null && minMinors != null) {
            return phrases.said("eligibility.rule.householdBoth", minMembers, minMinors);
        }
        return minMembers != null
                ? phrases.said("eligibility.rule.householdMembers", minMembers)
                : phrases.said("eligibility.rule.householdMinors", minMinors);
    }

    @Override
    public Set<Question> questions() {
        return Set.of(Question.HOUSEHOLD);
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        if (minMembers == null && minMinors == null) {
            throw RuleViolationException.invalid(path, "error.eligibility.householdEmpty");
        }
        if (minMembers != null && minMembers < 1) {
            throw RuleViolationException.invalid(path + ".minMembers", "error.eligibility.householdMembers");
        }
        if (minMinors != null && minMinors < 1) {
            throw RuleViolationException.invalid(path + ".minMinors", "error.eligibility.householdMinors");
        }
    }
}

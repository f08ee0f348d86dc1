package it.zona.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person tells the eligibility check about themselves. Every answer may be left out: a
 * criterion that needs a missing one is reported as unknown, never as met.
 *
 * @param age in years
 * @param municipality the ISTAT code of the municipality of residence
 * @param iseeType the kind of the ISEE given in {@code isee}
 * @param isee the ISEE value, euros per year
 * @param householdMembers the members of the household, the person included
 * @param minors how many of them are under 18
 * @param invalidityPercent the recognised civil invalidity, 0 to 100
 * @param nonEuCitizen whether the person is a citizen of a country outside the European Union
 * @param residencePermit whether a non-EU citizen holds a residence permit
 */
@Schema(name = "EligibilityAnswers")
record Answers(
        Integer age,
        String municipality,
        IseeType iseeType,
        BigDecimal isee,
        Integer householdMembers,
        Integer minors,
        Disability disability,
        Integer invalidityPercent,
        Boolean nonSelfSufficient,
        Employment employment,
        Boolean nonEuCitizen,
        Boolean residencePermit) {

    private static final Pattern ISTAT_CODE = Pattern.compile("\\d{6}");

    /** Nothing answered. */
    static Answers none() {
        return new Answers(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Refuses answers no person can give, naming the field as the check's form does. */
    void validate() {
        List<RuleViolationException> problems = problems();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /** Every answer no person can give, one refusal per field, in the form's order. */
    List<RuleViolationException> problems() {
        List<RuleViolationException> problems = new ArrayList<>();
        check(problems, () -> CriteriaValidation.age("age", age));
        if (municipality != null && !ISTAT_CODE.matcher(municipality).matches()) {
            problems.add(RuleViolationException.invalid("municipality", "error.eligibility.municipalityCode"));
        }
        check(problems, () -> CriteriaValidation.amount("isee", isee));
        if (householdMembers != null && householdMembers < 1) {
            problems.add(RuleViolationException.invalid("householdMembers", "error.eligibility.householdAtLeastOne"));
        }
        if (minors != null && minors < 0) {
            problems.add(RuleViolationException.invalid("minors", "error.eligibility.minorsNegative"));
        } else if (minors != null && householdMembers != null && householdMembers >= 1 && minors >= householdMembers) {
            // Someone of age lives in the household: the person asking, or the parent asking for a minor.
            problems.add(RuleViolationException.invalid("minors", "error.eligibility.minorsNotBelowHousehold"));
        }
        if (invalidityPercent != null && (invalidityPercent < 0 || invalidityPercent > 100)) {
            problems.add(
                    RuleViolationException.invalid("invalidityPercent", "error.eligibility.percentOutOfRange", 0, 100));
        }
        return problems;
    }

    private static void check(List<RuleViolationException> problems, Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolationException refused) {
            problems.add(refused);
        }
    }

    /** Never the answers themselves: whatever logs this object (a framework at debug level) learns nothing. */
    @Override
    public String toString() {
        return "Answers[not shown]";
    }
}

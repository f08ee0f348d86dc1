package it.zona.eligibility;

import java.math.BigDecimal;

/**
 * The eligibility check's form, as its page sends it: every answer may be left empty. The
 * municipality is one of the District's, by ISTAT code, or {@link #ELSEWHERE}.
 */
record CheckForm(
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

    /** The choice of a municipality outside the District. */
    static final String ELSEWHERE = "elsewhere";

    /** The code the check weighs for a municipality outside the District: no municipality has it. */
    static final String ELSEWHERE_CODE = "000000";

    CheckForm {
        municipality = municipality == null || municipality.isBlank() ? null : municipality.strip();
        // 1,500 and 1.5 are one amount: written back as 1.5, never as 1.500, which reads 1500 in Italian.
        isee = isee == null ? null : plain(isee);
    }

    static CheckForm empty() {
        return new CheckForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    Answers answers() {
        return new Answers(
                age,
                ELSEWHERE.equals(municipality) ? ELSEWHERE_CODE : municipality,
                iseeType,
                isee,
                householdMembers,
                minors,
                disability,
                invalidityPercent,
                nonSelfSufficient,
                employment,
                nonEuCitizen,
                residencePermit);
    }

    /** Never the answers themselves: whatever logs this object learns nothing. */
    @Override
    public String toString() {
        return "CheckForm[not shown]";
    }
}

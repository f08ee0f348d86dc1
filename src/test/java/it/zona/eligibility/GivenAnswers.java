package it.zona.eligibility;

import java.math.BigDecimal;

/** Answers for the tests, only the ones a test is about given; the others are left unanswered. */
final class GivenAnswers {

    private Integer age;
    private String municipality;
    private IseeType iseeType;
    private BigDecimal isee;
    private Integer householdMembers;
    private Integer minors;
    private Disability disability;
    private Integer invalidityPercent;
    private Boolean nonSelfSufficient;
    private Employment employment;
    private Boolean nonEuCitizen;
    private Boolean residencePermit;

    static GivenAnswers given() {
        return new GivenAnswers();
    }

    GivenAnswers age(Integer age) {
        this.age = age;
        return this;
    }

    GivenAnswers municipality(String municipality) {
        this.municipality = municipality;
        return this;
    }

    GivenAnswers isee(IseeType iseeType, String isee) {
        this.iseeType = iseeType;
        this.isee = isee == null ? null : new BigDecimal(isee);
        return this;
    }

    GivenAnswers household(Integer members, Integer minors) {
        this.householdMembers = members;
        this.minors = minors;
        return this;
    }

    GivenAnswers disability(Disability disability) {
        this.disability = disability;
        return this;
    }

    GivenAnswers invalidity(Integer percent) {
        this.invalidityPercent = percent;
        return this;
    }

    GivenAnswers nonSelfSufficient(Boolean nonSelfSufficient) {
        this.nonSelfSufficient = nonSelfSufficient;
        return this;
    }

    GivenAnswers employment(Employment employment) {
        this.employment = employment;
        return this;
    }

    GivenAnswers citizenship(Boolean nonEuCitizen, Boolean residencePermit) {
        this.nonEuCitizen = nonEuCitizen;
        this.residencePermit = residencePermit;
        return this;
    }

    Answers answers() {
        return new Answers(
                age,
                municipality,
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
}

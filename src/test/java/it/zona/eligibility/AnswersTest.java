package it.zona.eligibility;

import static it.zona.eligibility.CriteriaValidationTest.refused;
import static it.zona.eligibility.GivenAnswers.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import it.zona.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Answers no person can give are refused, each with its field. */
class AnswersTest {

    @Test
    void nothingAnsweredAndEveryAnswerWithinItsLimitsPass() {
        assertThatCode(() -> Answers.none().validate()).doesNotThrowAnyException();
        assertThatCode(() -> given().age(0)
                        .municipality("075062")
                        .isee(IseeType.ORDINARY, "0.00")
                        .household(1, 0)
                        .disability(Disability.ART3_C3)
                        .invalidity(100)
                        .nonSelfSufficient(true)
                        .employment(Employment.RETIRED)
                        .citizenship(true, true)
                        .answers()
                        .validate())
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        given().age(120).household(5, 4).invalidity(0).answers().validate())
                .doesNotThrowAnyException();
    }

    @Test
    void anAgeIsWithinALife() {
        refused(() -> given().age(-1).answers().validate(), "age", "error.eligibility.ageOutOfRange", "0", "120");
        refused(() -> given().age(121).answers().validate(), "age", "error.eligibility.ageOutOfRange", "0", "120");
    }

    @Test
    void aMunicipalityIsItsSixDigitIstatCode() {
        refused(
                () -> given().municipality("75062").answers().validate(),
                "municipality",
                "error.eligibility.municipalityCode");
        refused(
                () -> given().municipality("Maglie").answers().validate(),
                "municipality",
                "error.eligibility.municipalityCode");
    }

    @Test
    void anIseeIsAnAmountInCents() {
        refused(
                () -> given().isee(IseeType.ORDINARY, "-1").answers().validate(),
                "isee",
                "error.eligibility.amountInvalid");
        refused(
                () -> given().isee(IseeType.ORDINARY, "100.001").answers().validate(),
                "isee",
                "error.eligibility.amountInvalid");
    }

    @Test
    void aHouseholdHasSomeoneOfAge() {
        refused(
                () -> given().household(0, null).answers().validate(),
                "householdMembers",
                "error.eligibility.householdAtLeastOne");
        refused(() -> given().household(null, -1).answers().validate(), "minors", "error.eligibility.minorsNegative");
        refused(
                () -> given().household(3, 3).answers().validate(),
                "minors",
                "error.eligibility.minorsNotBelowHousehold");
    }

    @Test
    void anInvalidityIsAPercentage() {
        refused(
                () -> given().invalidity(101).answers().validate(),
                "invalidityPercent",
                "error.eligibility.percentOutOfRange",
                "0",
                "100");
        refused(
                () -> given().invalidity(-1).answers().validate(),
                "invalidityPercent",
                "error.eligibility.percentOutOfRange",
                "0",
                "100");
    }

    @Test
    void everyAnswerNoPersonCanGiveIsFoundAtOnceAndNoneIsPrinted() {
        Answers answers = given().age(130)
                .isee(IseeType.ORDINARY, "-1")
                .household(2, 2)
                .invalidity(101)
                .answers();

        assertThat(answers.problems())
                .extracting(RuleViolationException::field)
                .containsExactly("age", "isee", "minors", "invalidityPercent");
        assertThat(answers.toString()).doesNotContain("130", "-1");
    }
}

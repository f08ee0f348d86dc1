package it.zona.eligibility;

import static it.zona.eligibility.CriteriaTest.DISTRICT;
import static it.zona.eligibility.CriteriaTest.LECCE;
import static it.zona.eligibility.CriteriaTest.MAGLIE;
import static it.zona.eligibility.GivenAnswers.given;
import static it.zona.eligibility.Verdict.ASSESSED;
import static it.zona.eligibility.Verdict.MET;
import static it.zona.eligibility.Verdict.NOT_MET;
import static it.zona.eligibility.Verdict.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole checks: groups of criteria, nested, with the findings a page shows and the band. */
class EligibilityCheckTest {

    /** A home care service: elderly or disabled, resident, ISEE at most 20.000 €. */
    private static final Group HOME_CARE = Group.allOf(
            new Residence(List.of()),
            Group.anyOf(new AgeRange(65, null), new DisabilityRecognised(Disability.ART3_C3)),
            new IseeAtMost(IseeType.SOCIO_HEALTH, new BigDecimal("20000")));

    private static final Bands CONTRIBUTION = new Bands(
            BandKind.CONTRIBUTION,
            IseeType.SOCIO_HEALTH,
            List.of(
                    new Bands.Band(new BigDecimal("8000"), new BigDecimal("0")),
                    new Bands.Band(null, new BigDecimal("150.00"))));

    private static Eligibility check(AccessCriteria criteria, GivenAnswers answers) {
        return EligibilityCheck.evaluate(criteria, CONTRIBUTION, answers.answers(), DISTRICT);
    }

    @Test
    void everyCriterionHasAFindingInOrderWithItsPlaceInTheTree() {
        Eligibility eligibility =
                check(HOME_CARE, given().municipality(MAGLIE).age(70).isee(IseeType.SOCIO_HEALTH, "9000"));

        assertThat(eligibility.verdict()).isEqualTo(MET);
        assertThat(eligibility.findings())
                .extracting(Finding::path, Finding::criterion, Finding::verdict, Finding::messageKey)
                .containsExactly(
                        tuple(
                                "criteria.items[0]",
                                new Residence(List.of()),
                                MET,
                                "eligibility.reason.residenceInDistrict"),
                        tuple(
                                "criteria.items[1].items[0]",
                                new AgeRange(65, null),
                                MET,
                                "eligibility.reason.ageAtLeast"),
                        tuple(
                                "criteria.items[1].items[1]",
                                new DisabilityRecognised(Disability.ART3_C3),
                                UNKNOWN,
                                "eligibility.reason.disabilityMissing"),
                        tuple(
                                "criteria.items[2]",
                                new IseeAtMost(IseeType.SOCIO_HEALTH, new BigDecimal("20000")),
                                MET,
                                "eligibility.reason.iseeWithin"));
        assertThat(eligibility.findings(UNKNOWN))
                .as("reported, though the age alone lets the person through")
                .extracting(Finding::path)
                .containsExactly("criteria.items[1].items[1]");
        assertThat(eligibility.applyingBand()).contains(new Bands.Band(null, new BigDecimal("150.00")));
    }

    @Test
    void oneFailureFailsAnAllOfWhateverIsMissing() {
        Eligibility eligibility = check(HOME_CARE, given().municipality(LECCE));

        assertThat(eligibility.verdict()).isEqualTo(NOT_MET);
        assertThat(eligibility.findings(NOT_MET))
                .extracting(Finding::messageKey)
                .containsExactly("eligibility.reason.residenceOutsideDistrict");
        assertThat(eligibility.findings(UNKNOWN))
                .extracting(Finding::messageKey)
                .containsExactly(
                        "eligibility.reason.ageMissing",
                        "eligibility.reason.disabilityMissing",
                        "eligibility.reason.iseeMissing");
    }

    @Test
    void missingAnswersAreNeverAPass() {
        Eligibility nothing = EligibilityCheck.evaluate(HOME_CARE, CONTRIBUTION, null, DISTRICT);

        assertThat(nothing.verdict()).isEqualTo(UNKNOWN);
        assertThat(nothing.findings()).hasSize(4).allMatch(f -> f.verdict() == UNKNOWN);
        assertThat(nothing.band().verdict()).isEqualTo(UNKNOWN);
        assertThat(nothing.applyingBand()).isEmpty();
    }

    @Test
    void anAnyOfFailsOnlyWhenEveryBranchFails() {
        Eligibility young =
                check(HOME_CARE, given().municipality(MAGLIE).age(40).disability(Disability.ART3_C1));

        assertThat(young.findings()).extracting(Finding::verdict).containsExactly(MET, NOT_MET, NOT_MET, UNKNOWN);
        assertThat(young.verdict()).isEqualTo(NOT_MET);

        Eligibility notAsked =
                check(HOME_CARE, given().municipality(MAGLIE).age(40).isee(IseeType.SOCIO_HEALTH, "1"));
        assertThat(notAsked.verdict())
                .as("the disability may still let the person through")
                .isEqualTo(UNKNOWN);
    }

    @Test
    void anAssessmentLeavesTheOutcomeToTheSocialWorkerOnceTheRestHolds() {
        Group criteria = Group.allOf(new AgeRange(18, null), new Assessment("Disagio abitativo"));

        assertThat(EligibilityCheck.evaluate(criteria, null, given().age(30).answers(), DISTRICT)
                        .verdict())
                .isEqualTo(ASSESSED);
        assertThat(EligibilityCheck.evaluate(criteria, null, given().age(10).answers(), DISTRICT)
                        .verdict())
                .isEqualTo(NOT_MET);
        assertThat(EligibilityCheck.evaluate(criteria, null, given().answers(), DISTRICT)
                        .verdict())
                .isEqualTo(UNKNOWN);
        assertThat(EligibilityCheck.evaluate(
                                Group.anyOf(new AgeRange(65, null), new Assessment("Casi gravi")),
                                null,
                                given().age(30).answers(),
                                DISTRICT)
                        .verdict())
                .as("failing the rules, the person may still be let in by the social worker")
                .isEqualTo(ASSESSED);
    }

    @Test
    void groupsNestThreeLevelsDeepAndCombineFromTheInside() {
        // All of: resident, and any of (over 65, or all of (invalid, and unemployed)).
        Group criteria = Group.allOf(
                new Residence(List.of()),
                Group.anyOf(
                        new AgeRange(65, null),
                        Group.allOf(new InvalidityAtLeast(74), new EmploymentStatus(List.of(Employment.UNEMPLOYED)))));

        Eligibility met = EligibilityCheck.evaluate(
                criteria,
                null,
                given().municipality(MAGLIE)
                        .age(50)
                        .invalidity(80)
                        .employment(Employment.UNEMPLOYED)
                        .answers(),
                DISTRICT);
        assertThat(met.verdict()).isEqualTo(MET);
        assertThat(met.findings())
                .extracting(Finding::path, Finding::verdict)
                .containsExactly(
                        tuple("criteria.items[0]", MET),
                        tuple("criteria.items[1].items[0]", NOT_MET),
                        tuple("criteria.items[1].items[1].items[0]", MET),
                        tuple("criteria.items[1].items[1].items[1]", MET));

        Eligibility employed = EligibilityCheck.evaluate(
                criteria,
                null,
                given().municipality(MAGLIE)
                        .age(50)
                        .invalidity(80)
                        .employment(Employment.EMPLOYED)
                        .answers(),
                DISTRICT);
        assertThat(employed.verdict()).isEqualTo(NOT_MET);
    }

    @Test
    void aSingleCriterionIsTheWholeTree() {
        Eligibility eligibility = EligibilityCheck.evaluate(
                new AgeRange(null, 17), null, given().age(70).answers(), DISTRICT);

        assertThat(eligibility.verdict()).isEqualTo(NOT_MET);
        assertThat(eligibility.findings())
                .singleElement()
                .extracting(Finding::path, Finding::messageKey, Finding::arguments)
                .containsExactly("criteria", "eligibility.reason.ageAbove", List.of(70, 17));
        assertThat(eligibility.band()).as("no bands, no band finding").isNull();
        assertThat(eligibility.applyingBand()).isEmpty();
    }

    @Test
    void aServiceWithoutCriteriaIsOpenToAnybody() {
        Eligibility eligibility = EligibilityCheck.evaluate(null, null, Answers.none(), DISTRICT);

        assertThat(eligibility.verdict()).isEqualTo(MET);
        assertThat(eligibility.findings()).isEmpty();
    }
}

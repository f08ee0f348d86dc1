package it.zona.eligibility;

import static it.zona.eligibility.GivenAnswers.given;
import static it.zona.eligibility.Verdict.ASSESSED;
import static it.zona.eligibility.Verdict.MET;
import static it.zona.eligibility.Verdict.NOT_MET;
import static it.zona.eligibility.Verdict.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each kind of criterion on its own: its verdict and its reason, at and around its boundaries. */
class CriteriaTest {

    static final String POGGIARDO = "075062";
    static final String MAGLIE = "075039";
    static final String LECCE = "075035";
    static final Set<String> DISTRICT = Set.of(POGGIARDO, MAGLIE);

    static Judgement judge(AccessCriteria.Leaf criterion, GivenAnswers answers) {
        return criterion.judge(answers.answers(), DISTRICT);
    }

    static Judgement expected(Verdict verdict, String messageKey, Object... arguments) {
        return new Judgement(verdict, messageKey, Arrays.asList(arguments));
    }

    @Nested
    class Age {

        private final AgeRange workingAge = new AgeRange(18, 64);

        @Test
        void bothLimitsAreIncluded() {
            assertThat(judge(workingAge, given().age(18)))
                    .isEqualTo(expected(MET, "eligibility.reason.ageBetween", 18, 18, 64));
            assertThat(judge(workingAge, given().age(64)))
                    .isEqualTo(expected(MET, "eligibility.reason.ageBetween", 64, 18, 64));
        }

        @Test
        void oneYearOutsideEitherLimitIsNotMetAndSaysWhichLimit() {
            assertThat(judge(workingAge, given().age(17)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.ageBelow", 17, 18));
            assertThat(judge(workingAge, given().age(65)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.ageAbove", 65, 64));
            assertThat(judge(workingAge, given().age(70)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.ageAbove", 70, 64));
        }

        @Test
        void anOpenLimitLetsEveryAgeThrough() {
            assertThat(judge(new AgeRange(65, null), given().age(120)))
                    .isEqualTo(expected(MET, "eligibility.reason.ageAtLeast", 120, 65));
            assertThat(judge(new AgeRange(null, 17), given().age(0)))
                    .isEqualTo(expected(MET, "eligibility.reason.ageAtMost", 0, 17));
            assertThat(judge(new AgeRange(null, 17), given().age(18)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.ageAbove", 18, 17));
        }

        @Test
        void noAgeIsUnknown() {
            assertThat(judge(workingAge, given())).isEqualTo(expected(UNKNOWN, "eligibility.reason.ageMissing"));
        }
    }

    @Nested
    class ResidenceIn {

        @Test
        void withoutMunicipalitiesAnyOfTheDistrictsWillDo() {
            Residence district = new Residence(List.of());
            assertThat(judge(district, given().municipality(MAGLIE)))
                    .isEqualTo(expected(MET, "eligibility.reason.residenceInDistrict"));
            assertThat(judge(district, given().municipality(LECCE)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.residenceOutsideDistrict"));
        }

        @Test
        void withMunicipalitiesOnlyThoseWillDo() {
            Residence poggiardo = new Residence(List.of(POGGIARDO));
            assertThat(judge(poggiardo, given().municipality(POGGIARDO)))
                    .isEqualTo(expected(MET, "eligibility.reason.residenceListed"));
            assertThat(judge(poggiardo, given().municipality(MAGLIE)))
                    .as("in the District, but not listed")
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.residenceNotListed"));
        }

        @Test
        void noMunicipalityIsUnknown() {
            assertThat(judge(new Residence(null), given()))
                    .isEqualTo(expected(UNKNOWN, "eligibility.reason.residenceMissing"));
        }
    }

    @Nested
    class Isee {

        private final IseeAtMost ordinary = new IseeAtMost(IseeType.ORDINARY, new BigDecimal("15000.00"));

        @Test
        void theThresholdItselfIsMetAndACentAboveIsNot() {
            assertThat(judge(ordinary, given().isee(IseeType.ORDINARY, "15000.00")))
                    .isEqualTo(expected(
                            MET,
                            "eligibility.reason.iseeWithin",
                            new BigDecimal("15000.00"),
                            new BigDecimal("15000.00")));
            assertThat(judge(ordinary, given().isee(IseeType.ORDINARY, "15000.01")))
                    .isEqualTo(expected(
                            NOT_MET,
                            "eligibility.reason.iseeAbove",
                            new BigDecimal("15000.01"),
                            new BigDecimal("15000.00")));
            assertThat(judge(ordinary, given().isee(IseeType.ORDINARY, "12000.50")))
                    .isEqualTo(expected(
                            MET,
                            "eligibility.reason.iseeWithin",
                            new BigDecimal("12000.50"),
                            new BigDecimal("15000.00")));
            assertThat(judge(ordinary, given().isee(IseeType.ORDINARY, "0")).verdict())
                    .isEqualTo(MET);
        }

        @Test
        void anIseeOfAnotherKindDoesNotCount() {
            assertThat(judge(ordinary, given().isee(IseeType.MINORS, "1000")))
                    .isEqualTo(expected(
                            NOT_MET,
                            "eligibility.reason.iseeOtherType",
                            IseeType.ORDINARY.label(),
                            IseeType.MINORS.label()));
        }

        @Test
        void aValueWithoutItsKindOrNoValueIsUnknown() {
            assertThat(judge(ordinary, given().isee(null, "1000")))
                    .isEqualTo(expected(UNKNOWN, "eligibility.reason.iseeTypeMissing"));
            assertThat(judge(ordinary, given().isee(IseeType.ORDINARY, null)))
                    .isEqualTo(expected(UNKNOWN, "eligibility.reason.iseeMissing", IseeType.ORDINARY.label()));
            assertThat(judge(ordinary, given()))
                    .isEqualTo(expected(UNKNOWN, "eligibility.reason.iseeMissing", IseeType.ORDINARY.label()));
        }
    }

    @Nested
    class HouseholdOf {

        private final Household withMinors = new Household(3, 1);

        @Test
        void theMinimaThemselvesAreMet() {
            assertThat(judge(withMinors, given().household(3, 1)))
                    .isEqualTo(expected(MET, "eligibility.reason.householdMet", 3, 1));
            assertThat(judge(new Household(4, null), given().household(4, null)))
                    .isEqualTo(expected(MET, "eligibility.reason.householdLargeEnough", 4, 4));
            assertThat(judge(new Household(null, 2), given().household(null, 2)))
                    .isEqualTo(expected(MET, "eligibility.reason.minorsEnough", 2, 2));
        }

        @Test
        void onePartShortIsNotMetAndSaysWhich() {
            assertThat(judge(withMinors, given().household(2, 1)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.householdTooSmall", 2, 3));
            assertThat(judge(withMinors, given().household(4, 0)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.minorsTooFew", 0, 1));
        }

        @Test
        void aFailureDecidesEvenWhenThePartNotAnsweredCouldNotHelp() {
            assertThat(judge(withMinors, given().household(2, null)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.householdTooSmall", 2, 3));
        }

        @Test
        void aPartNotAnsweredIsUnknownAndSaysWhich() {
            assertThat(judge(withMinors, given().household(5, null)))
                    .isEqualTo(expected(UNKNOWN, "eligibility.reason.minorsMissing"));
            assertThat(judge(withMinors, given().household(null, 2)))
                    .as("two minors do not tell how many the household is")
                    .isEqualTo(expected(UNKNOWN, "eligibility.reason.householdMissing"));
        }
    }

    @Nested
    class DisabilityOf {

        private final DisabilityRecognised comma1 = new DisabilityRecognised(Disability.ART3_C1);
        private final DisabilityRecognised grave = new DisabilityRecognised(Disability.ART3_C3);

        @Test
        void comma3SatisfiesAComma1Requirement() {
            assertThat(judge(comma1, given().disability(Disability.ART3_C1)))
                    .isEqualTo(expected(MET, "eligibility.reason.disabilityRecognised", Disability.ART3_C1.label()));
            assertThat(judge(comma1, given().disability(Disability.ART3_C3)))
                    .isEqualTo(expected(MET, "eligibility.reason.disabilityRecognised", Disability.ART3_C3.label()));
        }

        @Test
        void comma1DoesNotSatisfyAComma3Requirement() {
            assertThat(judge(grave, given().disability(Disability.ART3_C1)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.disabilityNotGrave"));
            assertThat(judge(grave, given().disability(Disability.ART3_C3)).verdict())
                    .isEqualTo(MET);
        }

        @Test
        void noRecognitionIsNotMetAndNoAnswerIsUnknown() {
            assertThat(judge(comma1, given().disability(Disability.NONE)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.disabilityNone"));
            assertThat(judge(grave, given())).isEqualTo(expected(UNKNOWN, "eligibility.reason.disabilityMissing"));
        }
    }

    @Nested
    class Invalidity {

        private final InvalidityAtLeast twoThirds = new InvalidityAtLeast(67);

        @Test
        void thePercentageItselfIsMet() {
            assertThat(judge(twoThirds, given().invalidity(67)))
                    .isEqualTo(expected(MET, "eligibility.reason.invalidityAtLeast", 67, 67));
            assertThat(judge(twoThirds, given().invalidity(66)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.invalidityBelow", 66, 67));
            assertThat(judge(twoThirds, given().invalidity(100)).verdict()).isEqualTo(MET);
        }

        @Test
        void noPercentageIsUnknown() {
            assertThat(judge(twoThirds, given())).isEqualTo(expected(UNKNOWN, "eligibility.reason.invalidityMissing"));
        }
    }

    @Test
    void nonSelfSufficiencyIsMetOnlyWhenSaid() {
        NonSelfSufficiency criterion = new NonSelfSufficiency();
        assertThat(judge(criterion, given().nonSelfSufficient(true)))
                .isEqualTo(expected(MET, "eligibility.reason.nonSelfSufficient"));
        assertThat(judge(criterion, given().nonSelfSufficient(false)))
                .isEqualTo(expected(NOT_MET, "eligibility.reason.selfSufficient"));
        assertThat(judge(criterion, given())).isEqualTo(expected(UNKNOWN, "eligibility.reason.selfSufficiencyMissing"));
    }

    @Test
    void anEmploymentStatusMustBeAmongTheAccepted() {
        EmploymentStatus jobless = new EmploymentStatus(List.of(Employment.UNEMPLOYED, Employment.STUDENT));
        assertThat(judge(jobless, given().employment(Employment.STUDENT)))
                .isEqualTo(expected(MET, "eligibility.reason.employmentAccepted", Employment.STUDENT.label()));
        assertThat(judge(jobless, given().employment(Employment.RETIRED)))
                .isEqualTo(expected(NOT_MET, "eligibility.reason.employmentNotAccepted", Employment.RETIRED.label()));
        assertThat(judge(jobless, given())).isEqualTo(expected(UNKNOWN, "eligibility.reason.employmentMissing"));
    }

    @Nested
    class Permit {

        private final ResidencePermit permit = new ResidencePermit();

        @Test
        void anEuCitizenNeedsNone() {
            assertThat(judge(permit, given().citizenship(false, null)))
                    .isEqualTo(expected(MET, "eligibility.reason.euCitizen"));
            assertThat(judge(permit, given().citizenship(false, false)).verdict())
                    .isEqualTo(MET);
        }

        @Test
        void aNonEuCitizenNeedsOne() {
            assertThat(judge(permit, given().citizenship(true, true)))
                    .isEqualTo(expected(MET, "eligibility.reason.permitHeld"));
            assertThat(judge(permit, given().citizenship(true, false)))
                    .isEqualTo(expected(NOT_MET, "eligibility.reason.permitLacking"));
        }

        @Test
        void eitherAnswerMissingIsUnknown() {
            assertThat(judge(permit, given().citizenship(true, null)))
                    .isEqualTo(expected(UNKNOWN, "eligibility.reason.permitMissing"));
            assertThat(judge(permit, given().citizenship(null, true)))
                    .as("a permit alone does not tell the citizenship")
                    .isEqualTo(expected(UNKNOWN, "eligibility.reason.citizenshipMissing"));
        }
    }

    @Test
    void anAssessmentIsLeftToTheSocialWorkerWhateverTheAnswers() {
        Assessment assessment = new Assessment("Situazione di fragilità valutata dal servizio sociale.");
        Judgement expected = expected(
                ASSESSED, "eligibility.reason.assessment", "Situazione di fragilità valutata dal servizio sociale.");
        assertThat(judge(assessment, given())).isEqualTo(expected);
        assertThat(judge(assessment, given().age(40).municipality(POGGIARDO).isee(IseeType.ORDINARY, "100")))
                .isEqualTo(expected);
    }
}

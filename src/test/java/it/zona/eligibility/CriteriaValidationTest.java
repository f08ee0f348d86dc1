package it.zona.eligibility;

import static it.zona.eligibility.CriteriaTest.DISTRICT;
import static it.zona.eligibility.CriteriaTest.LECCE;
import static it.zona.eligibility.CriteriaTest.MAGLIE;
import static it.zona.eligibility.CriteriaTest.POGGIARDO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Criteria and bands as an office enters them: each mistake refused with the field it is in. */
class CriteriaValidationTest {

    static void refused(ThrowingCallable call, String field, String messageKey, Object... arguments) {
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(call).satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.arguments()).containsExactly(arguments);
            assertThat(e.isConflict()).isFalse();
        });
    }

    private static void refused(AccessCriteria criteria, String field, String messageKey, Object... arguments) {
        refused(() -> CriteriaValidation.validate(criteria, null, DISTRICT), field, messageKey, arguments);
    }

    private static void refused(Bands bands, String field, String messageKey, Object... arguments) {
        refused(() -> CriteriaValidation.validate(null, bands, DISTRICT), field, messageKey, arguments);
    }

    /** The criterion as the second item of a group, where the office's form shows it. */
    private static Group second(AccessCriteria criterion) {
        return Group.allOf(new Residence(List.of()), criterion);
    }

    @Test
    void everyKindOfCriterionWellEnteredPasses() {
        Group criteria = Group.allOf(
                new AgeRange(0, 120),
                new Residence(List.of(POGGIARDO, MAGLIE)),
                new IseeAtMost(IseeType.MINORS, new BigDecimal("0.00")),
                new Household(1, null),
                new DisabilityRecognised(Disability.ART3_C1),
                new InvalidityAtLeast(100),
                Group.anyOf(
                        new NonSelfSufficiency(),
                        Group.allOf(new ResidencePermit(), new EmploymentStatus(List.of(Employment.OTHER)))),
                new Assessment("x".repeat(1000)));
        Bands bands = new Bands(
                BandKind.AMOUNT,
                IseeType.ORDINARY,
                List.of(
                        new Bands.Band(new BigDecimal("5000.5"), new BigDecimal("10")),
                        new Bands.Band(new BigDecimal("5000.51"), new BigDecimal("0")),
                        new Bands.Band(null, new BigDecimal("1E+2"))));

        assertThatCode(() -> CriteriaValidation.validate(criteria, bands, DISTRICT))
                .doesNotThrowAnyException();
        assertThatCode(() -> CriteriaValidation.validate(null, null, List.of()))
                .as("a service may have neither")
                .doesNotThrowAnyException();
    }

    @Test
    void agesAreARangeWithinALife() {
        refused(second(new AgeRange(null, null)), "criteria.items[1]", "error.eligibility.ageRangeEmpty");
        refused(second(new AgeRange(65, 64)), "criteria.items[1].max", "error.eligibility.ageMinAboveMax");
        refused(second(new AgeRange(-1, 10)), "criteria.items[1].min", "error.eligibility.ageOutOfRange", "0", "120");
        refused(second(new AgeRange(18, 121)), "criteria.items[1].max", "error.eligibility.ageOutOfRange", "0", "120");
        assertThatCode(() -> CriteriaValidation.validate(new AgeRange(64, 64), null, DISTRICT))
                .doesNotThrowAnyException();
    }

    @Test
    void municipalitiesAreTheDistricts() {
        refused(
                second(new Residence(List.of(POGGIARDO, LECCE))),
                "criteria.items[1].municipalities[1]",
                "error.eligibility.notMember",
                LECCE);
    }

    @Test
    void anIseeThresholdHasAKindAndIsAnAmountInCents() {
        refused(
                second(new IseeAtMost(null, BigDecimal.TEN)),
                "criteria.items[1].type",
                "error.eligibility.iseeTypeRequired");
        refused(
                second(new IseeAtMost(IseeType.ORDINARY, null)),
                "criteria.items[1].threshold",
                "error.eligibility.amountRequired");
        refused(
                second(new IseeAtMost(IseeType.ORDINARY, new BigDecimal("-0.01"))),
                "criteria.items[1].threshold",
                "error.eligibility.amountInvalid");
        refused(
                second(new IseeAtMost(IseeType.ORDINARY, new BigDecimal("15000.001"))),
                "criteria.items[1].threshold",
                "error.eligibility.amountInvalid");
        assertThatCode(() -> CriteriaValidation.validate(
                        new IseeAtMost(IseeType.ORDINARY, new BigDecimal("15000.010")), null, DISTRICT))
                .as("trailing zeros are no decimals")
                .doesNotThrowAnyException();
    }

    @Test
    void aHouseholdCriterionAsksForSomething() {
        refused(second(new Household(null, null)), "criteria.items[1]", "error.eligibility.householdEmpty");
        refused(second(new Household(0, null)), "criteria.items[1].minMembers", "error.eligibility.householdMembers");
        refused(second(new Household(2, 0)), "criteria.items[1].minMinors", "error.eligibility.householdMinors");
    }

    @Test
    void theOtherKindsHaveTheirOwnMistakes() {
        refused(
                second(new DisabilityRecognised(Disability.NONE)),
                "criteria.items[1].level",
                "error.eligibility.disabilityLevel");
        refused(second(new DisabilityRecognised(null)), "criteria.items[1].level", "error.eligibility.disabilityLevel");
        refused(
                second(new InvalidityAtLeast(0)),
                "criteria.items[1].percent",
                "error.eligibility.percentOutOfRange",
                "1",
                "100");
        refused(
                second(new InvalidityAtLeast(101)),
                "criteria.items[1].percent",
                "error.eligibility.percentOutOfRange",
                "1",
                "100");
        refused(
                second(new EmploymentStatus(List.of())),
                "criteria.items[1].accepted",
                "error.eligibility.employmentEmpty");
        refused(second(new Assessment(" \n")), "criteria.items[1].note", "error.eligibility.noteBlank");
        refused(second(new Assessment(null)), "criteria.items[1].note", "error.eligibility.noteBlank");
        refused(
                second(new Assessment("x".repeat(1001))),
                "criteria.items[1].note",
                "error.eligibility.noteTooLong",
                "1000");
    }

    @Test
    void groupsAreNotEmptyAndNestThreeDeepAtMost() {
        refused(new Group(Combinator.ANY_OF, List.of()), "criteria.items", "error.eligibility.groupEmpty");
        refused(
                second(new Group(null, List.of(new NonSelfSufficiency()))),
                "criteria.items[1].combinator",
                "error.eligibility.combinatorRequired");
        Group third = Group.anyOf(new NonSelfSufficiency(), new AgeRange(65, null));
        assertThatCode(() -> CriteriaValidation.validate(second(second(third)), null, DISTRICT))
                .doesNotThrowAnyException();
        refused(second(second(second(third))), "criteria.items[1].items[1].items[1]", "error.eligibility.tooDeep", "3");
    }

    @Test
    void aMistakeDeepInTheTreeNamesItsPath() {
        refused(
                Group.anyOf(new NonSelfSufficiency(), Group.allOf(new ResidencePermit(), new AgeRange(70, 60))),
                "criteria.items[1].items[1].max",
                "error.eligibility.ageMinAboveMax");
    }

    @Test
    void bandsHaveAKindAndAscendingLimitsWithOnlyTheLastOpen() {
        Bands.Band low = new Bands.Band(new BigDecimal("6000"), new BigDecimal("300"));
        Bands.Band high = new Bands.Band(new BigDecimal("12000"), new BigDecimal("200"));
        Bands.Band open = new Bands.Band(null, new BigDecimal("100"));

        refused(new Bands(null, IseeType.ORDINARY, List.of(low)), "bands.kind", "error.eligibility.bandKindRequired");
        refused(new Bands(BandKind.AMOUNT, null, List.of(low)), "bands.type", "error.eligibility.iseeTypeRequired");
        refused(
                new Bands(BandKind.AMOUNT, IseeType.ORDINARY, List.of()),
                "bands.items",
                "error.eligibility.bandsEmpty");
        refused(
                new Bands(BandKind.AMOUNT, IseeType.ORDINARY, List.of(high, low)),
                "bands.items[1].iseeUpTo",
                "error.eligibility.bandsNotAscending");
        refused(
                new Bands(BandKind.AMOUNT, IseeType.ORDINARY, List.of(low, low)),
                "bands.items[1].iseeUpTo",
                "error.eligibility.bandsNotAscending");
        refused(
                new Bands(BandKind.AMOUNT, IseeType.ORDINARY, List.of(low, open, high)),
                "bands.items[1].iseeUpTo",
                "error.eligibility.openBandNotLast");
        refused(
                new Bands(BandKind.AMOUNT, IseeType.ORDINARY, List.of(open, open)),
                "bands.items[0].iseeUpTo",
                "error.eligibility.openBandNotLast");
        refused(
                new Bands(BandKind.CONTRIBUTION, IseeType.ORDINARY, List.of(low, new Bands.Band(null, null))),
                "bands.items[1].value",
                "error.eligibility.amountRequired");
        refused(
                new Bands(
                        BandKind.CONTRIBUTION,
                        IseeType.ORDINARY,
                        List.of(new Bands.Band(new BigDecimal("6000"), new BigDecimal("0.005")))),
                "bands.items[0].value",
                "error.eligibility.amountInvalid");
        refused(
                new Bands(
                        BandKind.CONTRIBUTION,
                        IseeType.ORDINARY,
                        List.of(new Bands.Band(new BigDecimal("-1"), new BigDecimal("5")))),
                "bands.items[0].iseeUpTo",
                "error.eligibility.amountInvalid");
    }
}

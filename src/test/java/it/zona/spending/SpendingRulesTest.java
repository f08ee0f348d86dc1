package it.zona.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of the ledger, at their boundaries, without a database. */
class SpendingRulesTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static void refused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class).satisfies(e -> {
            RuleViolationException refusal = (RuleViolationException) e;
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.isConflict()).isFalse();
        });
    }

    // A line: 10,000.00 planned.

    @Test
    void aLineCommitsUpToItsPlannedAmountToTheCentAndNotOneCentMore() {
        LineBalance line = new LineBalance(eur("10000.00"), null, eur("9000.00"), null, null);

        assertThatCode(() -> line.requireCommitment(eur("1000.00"), "amount")).doesNotThrowAnyException();
        refused(() -> line.requireCommitment(eur("1000.01"), "amount"), "amount", "error.spending.overAllowance");
    }

    @Test
    void theRefusalSaysHowMuchAVariationWouldHaveToAdd() {
        LineBalance line = new LineBalance(eur("10000.00"), null, eur("9000.00"), null, null);

        assertThatThrownBy(() -> line.requireCommitment(eur("1500.00"), "amount"))
                .satisfies(e -> assertThat(((RuleViolationException) e).arguments())
                        .containsExactly(eur("1500.00"), eur("10000.00"), eur("9000.00"), eur("500.00")));
    }

    @Test
    void aVariationRaisesTheAllowanceAndADecommitmentFreesMoneyAgain() {
        LineBalance varied = new LineBalance(eur("10000.00"), eur("500.00"), eur("9000.00"), null, null);
        assertThat(varied.allowance()).isEqualByComparingTo("10500.00");
        assertThatCode(() -> varied.requireCommitment(eur("1500.00"), "amount")).doesNotThrowAnyException();
        refused(() -> varied.requireCommitment(eur("1500.01"), "amount"), "amount", "error.spending.overAllowance");

        LineBalance freed = new LineBalance(eur("10000.00"), null, eur("10000.00"), eur("0.01"), null);
        assertThat(freed.committed()).isEqualByComparingTo("9999.99");
        assertThatCode(() -> freed.requireCommitment(eur("0.01"), "amount")).doesNotThrowAnyException();
        refused(() -> freed.requireCommitment(eur("0.02"), "amount"), "amount", "error.spending.overAllowance");
    }

    @Test
    void aLineWithNothingPlannedTakesNoCommitmentWithoutAVariation() {
        LineBalance line = new LineBalance(eur("0.00"), null, null, null, null);
        refused(() -> line.requireCommitment(eur("0.01"), "amount"), "amount", "error.spending.overAllowance");
    }

    @Test
    void aVariationMayLowerTheAllowanceDownToWhatIsCommittedNotBelow() {
        LineBalance line = new LineBalance(eur("10000.00"), null, eur("6000.00"), eur("1000.00"), null);

        assertThatCode(() -> line.requireAllowanceChange(eur("-5000.00"), "amount"))
                .doesNotThrowAnyException();
        refused(
                () -> line.requireAllowanceChange(eur("-5000.01"), "amount"),
                "amount",
                "error.spending.allowanceBelowCommitted");
        LineBalance empty = new LineBalance(eur("100.00"), null, null, null, null);
        assertThatCode(() -> empty.requireAllowanceChange(eur("-100.00"), "amount"))
                .doesNotThrowAnyException();
        refused(
                () -> empty.requireAllowanceChange(eur("-100.01"), "amount"),
                "amount",
                "error.spending.allowanceNegative");
    }

    @Test
    void aLineAddsUpItsResidueAndWhatIsStillAvailable() {
        LineBalance line =
                new LineBalance(eur("10000.00"), eur("-1000.00"), eur("8000.00"), eur("500.00"), eur("2500.50"));

        assertThat(line.allowance()).isEqualByComparingTo("9000.00");
        assertThat(line.committed()).isEqualByComparingTo("7500.00");
        assertThat(line.available()).isEqualByComparingTo("1500.00");
        assertThat(line.residue()).isEqualByComparingTo("4999.50");
        SpendingFigures figures = SpendingFigures.of(line);
        assertThat(figures.paidPercent()).isEqualByComparingTo("27.8");
        assertThat(SpendingFigures.NONE.paidPercent()).isEqualByComparingTo("0");
    }

    // A commitment: 1,000.00.

    @Test
    void paymentsNeverExceedTheirCommitmentToTheCent() {
        CommitmentBalance commitment = new CommitmentBalance(eur("1000.00"), null, eur("999.00"));

        assertThatCode(() -> commitment.requirePayment(eur("1.00"), "amount")).doesNotThrowAnyException();
        refused(() -> commitment.requirePayment(eur("1.01"), "amount"), "amount", "error.spending.overCommitment");
    }

    @Test
    void aDecommitmentTakesFromWhatPaymentsMayUse() {
        CommitmentBalance commitment = new CommitmentBalance(eur("1000.00"), eur("300.00"), eur("600.00"));

        assertThat(commitment.net()).isEqualByComparingTo("700.00");
        assertThat(commitment.residue()).isEqualByComparingTo("100.00");
        assertThatCode(() -> commitment.requirePayment(eur("100.00"), "amount")).doesNotThrowAnyException();
        refused(() -> commitment.requirePayment(eur("100.01"), "amount"), "amount", "error.spending.overCommitment");
        assertThatCode(() -> commitment.requireDecommitment(eur("100.00"), "amount"))
                .doesNotThrowAnyException();
        refused(
                () -> commitment.requireDecommitment(eur("100.01"), "amount"),
                "amount",
                "error.spending.decommitTooMuch");
    }

    @Test
    void aCommitmentCorrectedDownwardsKeepsWhatWasPaidAndDecommitted() {
        CommitmentBalance commitment = new CommitmentBalance(eur("1000.00"), eur("100.00"), eur("600.00"));

        assertThatCode(() -> commitment.requireCorrection(eur("-300.00"), "amount"))
                .doesNotThrowAnyException();
        refused(
                () -> commitment.requireCorrection(eur("-300.01"), "amount"),
                "amount",
                "error.spending.commitmentBelowUsed");
        assertThatCode(() -> commitment.requireCorrection(eur("5000.00"), "amount"))
                .doesNotThrowAnyException();
    }

    // Corrections of an entry.

    @Test
    void aCorrectionMayBringAnEntryToZeroButNotPastIt() {
        EntryAmount payment = new EntryAmount(eur("250.00"), eur("200.00"));

        assertThatCode(() -> payment.requireCorrection(eur("-200.00"), "amount"))
                .doesNotThrowAnyException();
        assertThatCode(() -> payment.requireCorrection(eur("50.00"), "amount")).doesNotThrowAnyException();
        refused(
                () -> payment.requireCorrection(eur("-200.01"), "amount"),
                "amount",
                "error.spending.correctionPastZero");
        refused(() -> payment.requireCorrection(eur("0.00"), "amount"), "amount", "error.spending.amountZero");

        EntryAmount reduction = new EntryAmount(eur("-1000.00"), eur("-1000.00"));
        assertThatCode(() -> reduction.requireCorrection(eur("1000.00"), "amount"))
                .doesNotThrowAnyException();
        refused(
                () -> reduction.requireCorrection(eur("1000.01"), "amount"),
                "amount",
                "error.spending.correctionPastZero");
    }

    // Amounts and codes.

    @Test
    void amountsAreExactEurosWithCents() {
        assertThat(Money.positive(eur("12"), "amount")).isEqualTo(eur("12.00"));
        assertThat(Money.positive(eur("0.01"), "amount")).isEqualTo(eur("0.01"));
        refused(() -> Money.positive(eur("0.00"), "amount"), "amount", "error.spending.amountPositive");
        refused(() -> Money.positive(eur("-0.01"), "amount"), "amount", "error.spending.amountPositive");
        refused(() -> Money.positive(eur("1.005"), "amount"), "amount", "error.amount.tooPrecise");
        refused(() -> Money.positive(null, "amount"), "amount", "error.amount.required");
        assertThat(Money.positive(eur("999999999999.99"), "amount")).isEqualTo(Money.MAX);
        refused(() -> Money.positive(eur("1000000000000.00"), "amount"), "amount", "error.amount.tooLarge");
        assertThat(Money.nonZero(eur("-5"), "amount")).isEqualTo(eur("-5.00"));
        refused(() -> Money.nonZero(eur("0"), "amount"), "amount", "error.spending.amountZero");
        refused(() -> Money.nonZero(eur("-1000000000000.00"), "amount"), "amount", "error.amount.tooLarge");
    }

    @Test
    void aCigHasTenLettersAndDigitsAndACupTheShapeOfOne() {
        assertThat(ProcurementCodes.cig(" z2a 3b4c5d6 ", "cig")).isEqualTo("Z2A3B4C5D6");
        assertThat(ProcurementCodes.cig("8932167A4F", "cig")).isEqualTo("8932167A4F");
        assertThat(ProcurementCodes.cig("", "cig")).isNull();
        assertThat(ProcurementCodes.cig(null, "cig")).isNull();
        refused(() -> ProcurementCodes.cig("8932167A4", "cig"), "cig", "error.spending.cig");
        refused(() -> ProcurementCodes.cig("8932167A4F0", "cig"), "cig", "error.spending.cig");
        refused(() -> ProcurementCodes.cig("8932167A4-", "cig"), "cig", "error.spending.cig");

        assertThat(ProcurementCodes.cup("j51b21000520006", "cup")).isEqualTo("J51B21000520006");
        assertThat(ProcurementCodes.cup(" ", "cup")).isNull();
        refused(() -> ProcurementCodes.cup("J51B2100052000", "cup"), "cup", "error.spending.cup");
        refused(() -> ProcurementCodes.cup("J51B210005200066", "cup"), "cup", "error.spending.cup");
        refused(() -> ProcurementCodes.cup("151B21000520006", "cup"), "cup", "error.spending.cup");
        refused(() -> ProcurementCodes.cup("J5AB21000520006", "cup"), "cup", "error.spending.cup");
    }
}

package it.zona.spending;

import java.math.BigDecimal;

/**
 * The money of a budget line, or of a group of lines, in euros: planned, changed by variations
 * (the allowance), committed net of de-commitments, paid; what may still be committed
 * ({@code available}) and what is committed and not yet paid ({@code residue}, residui passivi).
 */
public record SpendingFigures(
        BigDecimal planned,
        BigDecimal variations,
        BigDecimal allowance,
        BigDecimal committed,
        BigDecimal decommitted,
        BigDecimal paid,
        BigDecimal available,
        BigDecimal residue) {

    public static final SpendingFigures NONE = of(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    static SpendingFigures of(
            BigDecimal planned,
            BigDecimal variations,
            BigDecimal commitments,
            BigDecimal decommitted,
            BigDecimal paid) {
        return of(new LineBalance(planned, variations, commitments, decommitted, paid));
    }

    static SpendingFigures of(LineBalance balance) {
        return new SpendingFigures(
                balance.planned(),
                balance.variations(),
                balance.allowance(),
                balance.committed(),
                balance.decommitments(),
                balance.paid(),
                balance.available(),
                balance.residue());
    }

    public SpendingFigures plus(SpendingFigures other) {
        return new SpendingFigures(
                planned.add(other.planned),
                variations.add(other.variations),
                allowance.add(other.allowance),
                committed.add(other.committed),
                decommitted.add(other.decommitted),
                paid.add(other.paid),
                available.add(other.available),
                residue.add(other.residue));
    }

    /** Paid over the allowance, in percent with one decimal; zero when nothing is allowed. */
    public BigDecimal paidPercent() {
        return percent(paid, allowance);
    }

    /** Committed over the allowance, in percent with one decimal. */
    public BigDecimal committedPercent() {
        return percent(committed, allowance);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() <= 0
                ? BigDecimal.ZERO.setScale(1)
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, java.math.RoundingMode.HALF_UP);
    }
}

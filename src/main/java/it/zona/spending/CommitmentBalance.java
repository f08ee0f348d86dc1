package it.zona.spending;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;

/**
 * What a commitment holds: its amount with its corrections, less what was de-committed and what
 * was paid. Payments and de-commitments together never exceed it.
 *
 * @param amount the commitment's amount with its corrections
 * @param decommitted its de-commitments, with their corrections
 * @param paid its payments, with their corrections
 */
record CommitmentBalance(BigDecimal amount, BigDecimal decommitted, BigDecimal paid) {

    CommitmentBalance {
        amount = Money.orZero(amount);
        decommitted = Money.orZero(decommitted);
        paid = Money.orZero(paid);
    }

    /** The commitment net of its de-commitments. */
    BigDecimal net() {
        return amount.subtract(decommitted);
    }

    /** What may still be paid, or de-committed: the residue of the commitment. */
    BigDecimal residue() {
        return net().subtract(paid);
    }

    /** Refuses a payment (or a payment corrected upwards) beyond what the commitment still holds. */
    void requirePayment(BigDecimal more, String field) {
        if (more.compareTo(residue()) > 0) {
            throw RuleViolationException.invalid(field, "error.spending.overCommitment", more, residue(), net(), paid);
        }
    }

    /** Refuses a de-commitment (or one corrected upwards) beyond what is neither paid nor de-committed. */
    void requireDecommitment(BigDecimal more, String field) {
        if (more.compareTo(residue()) > 0) {
            throw RuleViolationException.invalid(field, "error.spending.decommitTooMuch", more, residue());
        }
    }

    /** Refuses a correction that would leave the commitment below what was paid and de-committed. */
    void requireCorrection(BigDecimal delta, String field) {
        BigDecimal after = amount.add(delta);
        BigDecimal used = decommitted.add(paid);
        if (after.compareTo(used) < 0) {
            throw RuleViolationException.invalid(field, "error.spending.commitmentBelowUsed", after, paid, decommitted);
        }
    }
}

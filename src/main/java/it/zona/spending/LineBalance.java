package it.zona.spending;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;

/**
 * What a budget line holds, and what may be recorded against it. The allowance is the planned
 * amount plus the budget variations; what is committed (commitments less de-commitments, each with
 * its corrections) may never exceed it: a commitment beyond it needs a variation first.
 *
 * @param planned the line's planned amount
 * @param variations the sum of its variations, with their corrections (may be negative)
 * @param commitments the sum of its commitments, with their corrections
 * @param decommitments the sum of its de-commitments, with their corrections
 * @param paid the sum of its payments, with their corrections
 */
record LineBalance(
        BigDecimal planned, BigDecimal variations, BigDecimal commitments, BigDecimal decommitments, BigDecimal paid) {

    LineBalance {
        planned = Money.orZero(planned);
        variations = Money.orZero(variations);
        commitments = Money.orZero(commitments);
        decommitments = Money.orZero(decommitments);
        paid = Money.orZero(paid);
    }

    BigDecimal allowance() {
        return planned.add(variations);
    }

    BigDecimal committed() {
        return commitments.subtract(decommitments);
    }

    /** What may still be committed (disponibilità): never below zero while the rules hold. */
    BigDecimal available() {
        return allowance().subtract(committed());
    }

    /** Committed and not yet paid (residui passivi). */
    BigDecimal residue() {
        return committed().subtract(paid);
    }

    /**
     * Refuses to commit {@code more} (a new commitment, a commitment corrected upwards, a
     * de-commitment corrected downwards) beyond the allowance, saying by how much a variation
     * would have to raise it.
     */
    void requireCommitment(BigDecimal more, String field) {
        BigDecimal excess = committed().add(more).subtract(allowance());
        if (excess.signum() > 0) {
            throw RuleViolationException.invalid(
                    field, "error.spending.overAllowance", more, allowance(), committed(), excess);
        }
    }

    /**
     * Refuses to change the allowance by {@code delta} (a variation, or a variation's correction)
     * when it would fall below what is already committed, or below zero.
     */
    void requireAllowanceChange(BigDecimal delta, String field) {
        BigDecimal after = allowance().add(delta);
        if (after.signum() < 0) {
            throw RuleViolationException.invalid(field, "error.spending.allowanceNegative", after);
        }
        if (after.compareTo(committed()) < 0) {
            throw RuleViolationException.invalid(field, "error.spending.allowanceBelowCommitted", after, committed());
        }
    }
}

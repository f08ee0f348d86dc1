package it.zona.spending;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;

/** Amounts in euros: exact, two decimals at most, never a double; what each entry may hold. */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {}

    /** An amount an entry records: more than zero. */
    static BigDecimal positive(BigDecimal amount, String field) {
        BigDecimal exact = exact(amount, field);
        if (exact.signum() <= 0) {
            throw RuleViolationException.invalid(field, "error.spending.amountPositive");
        }
        return exact;
    }

    /** The signed difference a correction, or a variation, records: anything but zero. */
    static BigDecimal nonZero(BigDecimal amount, String field) {
        BigDecimal exact = exact(amount, field);
        if (exact.signum() == 0) {
            throw RuleViolationException.invalid(field, "error.spending.amountZero");
        }
        return exact;
    }

    private static BigDecimal exact(BigDecimal amount, String field) {
        if (amount == null) {
            throw RuleViolationException.invalid(field, "error.amount.required");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw RuleViolationException.invalid(field, "error.amount.tooPrecise");
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw RuleViolationException.invalid(field, "error.amount.tooLarge");
        }
        return amount.setScale(2);
    }

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2);
    }
}

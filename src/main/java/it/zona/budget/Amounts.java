package it.zona.budget;

import it.zona.shared.RuleViolationException;
import it.zona.shared.TypedNumber;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Amounts in euros: exact decimals with at most two places, never negative, never a double. Forms
 * send them as people type them, in Italian ("1.234,56") or English ("1,234.56") style.
 */
final class Amounts {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Amounts() {}

    /** Refuses a negative, over-precise or over-large amount, naming the field. */
    static BigDecimal require(BigDecimal amount, String field) {
        if (amount == null) {
            throw RuleViolationException.invalid(field, "error.amount.required");
        }
        if (amount.signum() < 0) {
            throw RuleViolationException.invalid(field, "error.amount.negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw RuleViolationException.invalid(field, "error.amount.tooPrecise");
        }
        if (amount.compareTo(MAX) > 0) {
            throw RuleViolationException.invalid(field, "error.amount.tooLarge");
        }
        return amount.setScale(2);
    }

    /** Reads an amount as typed in a form ({@link TypedNumber}, the euro sign ignored); null for a blank entry. */
    static BigDecimal parse(String typed, Locale locale, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return require(TypedNumber.parse(typed.replace("€", ""), locale), field);
        } catch (NumberFormatException e) {
            throw RuleViolationException.invalid(field, "error.amount.unreadable", typed.strip());
        }
    }
}

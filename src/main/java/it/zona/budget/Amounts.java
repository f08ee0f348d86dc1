package it.zona.budget;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts in euros: exact decimals with at most two places, never negative, never a double. Forms
 * send them as people type them, in Italian ("1.234,56") or English ("1,234.56") style.
 */
final class Amounts {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

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

    /**
     * Reads an amount as typed in a form: euro sign and spaces are ignored; with both separators
     * the last one is the decimal one; a lone separator followed by groups of three digits is a
     * thousands separator in the reader's language (1.234 in Italian, 1,234 in English). Null
     * for a blank entry.
     */
    static BigDecimal parse(String typed, Locale locale, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text =
                typed.replace("€", "").replace(" ", "").replace("\u00a0", "").strip();
        boolean italian = !"en".equals(locale.getLanguage());
        int dot = text.lastIndexOf('.');
        int comma = text.lastIndexOf(',');
        String plain;
        if (dot >= 0 && comma >= 0) {
            plain = dot > comma ? text.replace(",", "") : text.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            plain = !italian && COMMA_THOUSANDS.matcher(text).matches()
                    ? text.replace(",", "")
                    : text.replace(',', '.');
        } else if (dot >= 0 && italian && DOT_THOUSANDS.matcher(text).matches()) {
            plain = text.replace(".", "");
        } else {
            plain = text;
        }
        if (!PLAIN.matcher(plain).matches()) {
            throw RuleViolationException.invalid(field, "error.amount.unreadable", typed.strip());
        }
        return require(new BigDecimal(plain), field);
    }
}

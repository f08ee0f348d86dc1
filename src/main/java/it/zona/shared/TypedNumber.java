package it.zona.shared;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A decimal number as people type it in a page's language: {@code 14,5} and {@code 1.234,56} in
 * Italian, {@code 14.5} and {@code 1,234.56} in English. With both separators the last one is the
 * decimal one; a lone separator followed by groups of three digits separates thousands in the
 * page's language. What a number input sends ({@code 0.5}) is read too; spaces are ignored.
 */
public final class TypedNumber {

    private static final Pattern DOT_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private TypedNumber() {}

    /** The number typed, null for a blank entry; a {@link NumberFormatException} for anything else. */
    public static BigDecimal parse(String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.replace(" ", "")
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .strip();
        boolean italian = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
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
            throw new NumberFormatException("Not a number: " + typed);
        }
        return new BigDecimal(plain);
    }
}

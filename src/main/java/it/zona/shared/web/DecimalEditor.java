package it.zona.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a decimal number from a page form as people type it in the page's language: {@code 14,5}
 * and {@code 1.234,56} in Italian, {@code 14.5} and {@code 1,234.56} in English. With both
 * separators the last one is the decimal one; a lone separator followed by groups of three digits
 * separates thousands in the page's language. What a number input sends ({@code 0.5}) is read too.
 * Values are written back plainly ({@code 14.5}), which every input accepts. A value that is no
 * number is refused, so the form shows it next to its field as typed.
 */
final class DecimalEditor extends PropertyEditorSupport {

    private static final Pattern DOT_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final boolean italian;

    DecimalEditor(Locale locale) {
        this.italian = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    @Override
    public void setAsText(String typed) {
        setValue(parse(typed));
    }

    @Override
    public String getAsText() {
        return getValue() instanceof BigDecimal value ? value.toPlainString() : "";
    }

    BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.replace(" ", "")
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .strip();
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
            throw new IllegalArgumentException("Not a number");
        }
        return new BigDecimal(plain);
    }
}

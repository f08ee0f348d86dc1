package it.zona.spending.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How the file writes its amounts, strictly: Italian ({@code 1.234,56}, {@code 1234,56}) or English
 * ({@code 1,234.56}, {@code 1234.56}), cents optional. Read the other way, an amount is refused
 * rather than misread: {@code 1.500} is 1500 in Italian and no amount in English.
 */
public enum NumberStyle {
    ITALIAN(Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d+(,\\d{1,2})?"), '.', ','),
    ENGLISH(Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?|\\d+(\\.\\d{1,2})?"), ',', '.');

    private final Pattern shape;
    private final char grouping;
    private final char decimal;

    NumberStyle(Pattern shape, char grouping, char decimal) {
        this.shape = shape;
        this.grouping = grouping;
        this.decimal = decimal;
    }

    /** The amount written in this style (spaces and the euro sign ignored), or null when it is not. */
    BigDecimal parse(String cell) {
        String text =
                cell.replace("€", "").replace(" ", "").replace("\u00a0", "").strip();
        if (!shape.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace(String.valueOf(grouping), "").replace(decimal, '.'));
    }
}

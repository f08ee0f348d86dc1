package it.zona.shared.web;

import it.zona.shared.TypedNumber;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads a decimal number from a page form as people type it in the page's language
 * ({@link TypedNumber}). Values are written back plainly ({@code 14.5}), which every input accepts. A value that is no
 * number is refused, so the form shows it next to its field as typed.
 */
final class DecimalEditor extends PropertyEditorSupport {

    private final Locale locale;

    DecimalEditor(Locale locale) {
        this.locale = locale;
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
        return TypedNumber.parse(typed, locale);
    }
}

package it.zona.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;

/**
 * Ids and whole numbers in addresses, parameters and forms are written in digits. Java would also
 * read "+1", and Spring's own number editor "0x10" or "#10", so that {@code /plans/0x2} showed plan
 * 2. Anything else is a bad value: 404 on a page address, 400 on the API, a field error on a form.
 * (An editor, not a converter: the binder falls back to its lenient editor when a converter fails.)
 */
final class WholeNumberEditor extends PropertyEditorSupport {

    private static final Pattern DIGITS = Pattern.compile("-?\\d+");

    private final Function<String, Number> parse;

    private WholeNumberEditor(Function<String, Number> parse) {
        this.parse = parse;
    }

    static void register(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new WholeNumberEditor(Long::valueOf));
        binder.registerCustomEditor(long.class, new WholeNumberEditor(Long::valueOf));
        binder.registerCustomEditor(Integer.class, new WholeNumberEditor(Integer::valueOf));
        binder.registerCustomEditor(int.class, new WholeNumberEditor(Integer::valueOf));
    }

    @Override
    public void setAsText(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            setValue(null);
        } else if (DIGITS.matcher(value).matches()) {
            setValue(parse.apply(value));
        } else {
            throw new IllegalArgumentException("Not a whole number");
        }
    }

    @Override
    public String getAsText() {
        return getValue() == null ? "" : getValue().toString();
    }
}

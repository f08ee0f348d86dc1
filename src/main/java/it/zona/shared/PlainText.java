package it.zona.shared;

/**
 * Text people can type: no control characters but tab and line ends, no half of a surrogate pair.
 * Such characters cannot be printed (a plan's PDF refused them), PostgreSQL refuses a NUL and a
 * lone surrogate was stored as "?".
 */
public final class PlainText {

    /** The message shown next to a field that holds such characters. */
    public static final String UNPRINTABLE = "typeMismatch.java.lang.String";

    private PlainText() {}

    public static boolean isTypeable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** What a user left empty or only spaces is no value; any other text loses its outer spaces. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The text as given, or a refusal naming the field. */
    public static String require(String field, String text) {
        if (text != null && !isTypeable(text)) {
            throw RuleViolationException.invalid(field, UNPRINTABLE);
        }
        return text;
    }
}

package it.zona.shared;

import java.util.Locale;

/** A LIKE pattern that finds the text as typed: % and _ in it are literal, not wildcards. */
public final class Like {

    public static final char ESCAPE = '\\';

    private Like() {}

    /** Lower-case "contains" pattern, to compare with a lower-cased column. */
    public static String containing(String text) {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}

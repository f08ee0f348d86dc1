package it.zona.spending;

import it.zona.shared.RuleViolationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The codes a commitment may carry: the CIG (codice identificativo di gara, ANAC's ten characters,
 * letters and digits) and the CUP (codice unico di progetto, fifteen characters: a letter, two
 * digits, a letter and eleven digits). Typed with spaces or in lower case, they are kept as issued.
 */
final class ProcurementCodes {

    private static final Pattern CIG = Pattern.compile("[0-9A-Z]{10}");
    private static final Pattern CUP = Pattern.compile("[A-Z][0-9]{2}[A-Z][0-9]{11}");

    private ProcurementCodes() {}

    /** The CIG as issued, null when none was given; refused when it is not ten letters and digits. */
    static String cig(String typed, String field) {
        String code = normalize(typed);
        if (code != null && !CIG.matcher(code).matches()) {
            throw RuleViolationException.invalid(field, "error.spending.cig", typed.strip());
        }
        return code;
    }

    /** The CUP as issued, null when none was given; refused when it does not have the CUP's shape. */
    static String cup(String typed, String field) {
        String code = normalize(typed);
        if (code != null && !CUP.matcher(code).matches()) {
            throw RuleViolationException.invalid(field, "error.spending.cup", typed.strip());
        }
        return code;
    }

    private static String normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }
}

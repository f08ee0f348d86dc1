package it.zona.opendata;

import it.zona.shared.RuleViolationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of a public body in the Indice dei domicili digitali della PA (codice IPA), by which
 * DCAT-AP_IT names publishers and rights holders and builds dataset identifiers: lower-case letters,
 * digits and underscores, a letter first (agid, r_puglia, asl_le). A municipality's is {@code c_}
 * and its cadastral code (Poggiardo: c_g751), which {@link #ofMunicipality} derives.
 */
record IpaCode(String value) {

    static final int MAX_LENGTH = 20;

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{1," + (MAX_LENGTH - 1) + "}");
    private static final Pattern MUNICIPALITY = Pattern.compile("c_[a-z][0-9]{3}");

    IpaCode {
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an IPA code: " + value);
        }
    }

    /**
     * The code typed for {@code field}, in lower case, or null when blank; refused with the reason
     * (its shape, or a municipality's code that is not c_ and a cadastral code) next to the field.
     */
    static IpaCode parse(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String code = typed.strip().toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(code).matches()) {
            throw RuleViolationException.invalid(field, "opendata.ipaCode.shape");
        }
        if (code.startsWith("c_") && !MUNICIPALITY.matcher(code).matches()) {
            throw RuleViolationException.invalid(field, "opendata.ipaCode.municipality", typed.strip());
        }
        return new IpaCode(code);
    }

    /** A municipality's code from its cadastral code (G751 → c_g751), if it has one. */
    static IpaCode ofMunicipality(String cadastralCode) {
        if (cadastralCode == null || !cadastralCode.matches("[A-Za-z][0-9]{3}")) {
            return null;
        }
        return new IpaCode("c_" + cadastralCode.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}

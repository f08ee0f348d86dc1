package it.zona.opendata;

/**
 * The licences a District may publish its open data under, as the Italian licences vocabulary
 * (https://w3id.org/italia/controlled-vocabulary/licences) names them for DCAT-AP_IT: CC BY 4.0 by
 * default, as the AgID guidelines recommend, or CC0 1.0.
 */
public enum Licence {
    CC_BY_4_0(
            "A21_CCBY40",
            "A2_Attribution",
            "https://creativecommons.org/licenses/by/4.0/",
            "4.0",
            "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
            "Creative Commons Attribution 4.0 International (CC BY 4.0)"),
    CC0_1_0(
            "A11_CCO10",
            "A1_PublicDomain",
            "https://creativecommons.org/publicdomain/zero/1.0/",
            "1.0",
            "Creative Commons CC0 1.0 Universale - Public Domain Dedication (CC0 1.0)",
            "Creative Commons CC0 1.0 Universal - Public Domain Dedication (CC0 1.0)");

    private static final String VOCABULARY = "https://w3id.org/italia/controlled-vocabulary/licences/";

    private final String concept;
    private final String type;
    private final String referenceDoc;
    private final String version;
    private final String italianName;
    private final String englishName;

    Licence(String concept, String type, String referenceDoc, String version, String italianName, String englishName) {
        this.concept = concept;
        this.type = type;
        this.referenceDoc = referenceDoc;
        this.version = version;
        this.italianName = italianName;
        this.englishName = englishName;
    }

    /** The licence in the Italian vocabulary, which dati.gov.it recognises. */
    String uri() {
        return VOCABULARY + concept;
    }

    /** Its kind in the same vocabulary (attribution, public domain). */
    String typeUri() {
        return VOCABULARY + type;
    }

    /** The licence's own text. */
    String referenceDoc() {
        return referenceDoc;
    }

    String version() {
        return version;
    }

    String italianName() {
        return italianName;
    }

    String englishName() {
        return englishName;
    }
}

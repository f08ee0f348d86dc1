package it.zona.programme;

import java.util.List;

/**
 * The areas of ISTAT's survey of the municipalities' social services, plus mental health: the
 * areas a new plan starts with. The code stays with an area when it is renamed, so that plans of
 * different periods can be compared area by area.
 */
enum IstatArea {
    FAMILY_AND_MINORS("Famiglia e minori"),
    DISABILITY("Disabili"),
    ADDICTION("Dipendenze"),
    ELDERLY("Anziani"),
    IMMIGRANTS("Immigrati"),
    POVERTY("Povertà, disagio adulti e senza dimora"),
    MENTAL_HEALTH("Salute mentale"),
    MULTI_USER("Multiutenza e azioni di sistema");

    /** The target groups a new plan starts with. */
    static final List<String> TARGET_GROUPS = List.of(
            "Minori",
            "Giovani",
            "Famiglie",
            "Persone con disabilità",
            "Anziani",
            "Persone con dipendenze",
            "Persone di origine straniera",
            "Adulti in difficoltà e senza dimora",
            "Persone con disturbi mentali",
            "Tutta la popolazione");

    private final String defaultName;

    IstatArea(String defaultName) {
        this.defaultName = defaultName;
    }

    String defaultName() {
        return defaultName;
    }
}

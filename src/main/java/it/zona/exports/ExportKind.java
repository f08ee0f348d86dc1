package it.zona.exports;

/** The exports, by the name their addresses and files carry. */
enum ExportKind {
    /** The ISTAT survey: intervention × funding source × year, with survey area and spending type. */
    ISTAT_MATRIX("istat-matrix"),
    /** The ministry's monitoring of the funds (Multifondo): each source's annuality by intervention. */
    FUNDS("funds"),
    /** The staff by professional role and FTE, with the LEPS check on social workers. */
    STAFFING("staffing");

    private final String slug;

    ExportKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** Whether the export classifies lines, and so needs the plan's mapping complete. */
    public boolean needsMapping() {
        return this != STAFFING;
    }
}

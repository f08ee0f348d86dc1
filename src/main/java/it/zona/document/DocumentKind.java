package it.zona.document;

/** The two documents of a plan: the full Piano di Zona and its Sintesi (2–4 pages). */
enum DocumentKind {
    FULL,
    SUMMARY;

    /** The name of the PDF file: {@code piano-di-zona-poggiardo-2027-2029.pdf}. */
    String fileName(String districtSlug, String period) {
        String base = this == FULL ? "piano-di-zona-" : "sintesi-piano-di-zona-";
        return base + districtSlug + "-" + period + ".pdf";
    }
}

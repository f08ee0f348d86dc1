package it.zona.document;

import java.util.List;

/**
 * The documents of a plan: the full Piano di Zona, its Sintesi (2–4 pages), and the programme
 * (programma attuativo) of one of its years, which is frozen only when an act approves it.
 */
enum DocumentKind {
    FULL,
    SUMMARY,
    ANNUAL_PROGRAMME;

    /** What an editor may freeze at will; a year's programme is frozen by its approval. */
    static final List<DocumentKind> FREEZABLE = List.of(FULL, SUMMARY);

    /**
     * The name of the PDF file: {@code piano-di-zona-poggiardo-2027-2029.pdf}, or
     * {@code programma-attuativo-poggiardo-2028.pdf} for the {@code span} of one year.
     */
    String fileName(String districtSlug, String span) {
        String base = switch (this) {
            case FULL -> "piano-di-zona-";
            case SUMMARY -> "sintesi-piano-di-zona-";
            case ANNUAL_PROGRAMME -> "programma-attuativo-";
        };
        return base + districtSlug + "-" + span + ".pdf";
    }
}

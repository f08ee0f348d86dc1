package it.zona.shared;

import java.time.LocalDate;

/**
 * Published inside the transaction that issues an official document (a resolution, approved
 * minutes, a frozen plan document or agreement, a signed file), so that the District's archive
 * keeps its exact bytes with it or not at all. Versions of one document share a {@code series};
 * {@code publicWithPlan} keeps a document of a plan still in draft for the District's staff.
 */
public record OfficialDocumentIssued(
        long districtId,
        Kind kind,
        String series,
        String title,
        Long governingBodyId,
        Long planId,
        boolean publicWithPlan,
        LocalDate issuedOn,
        String page,
        String fileName,
        String mediaType,
        byte[] content) {

    /** What an official document is, for the archive's filter. */
    public enum Kind {
        RESOLUTION,
        SITTING_MINUTES,
        TABLE_MINUTES,
        PLAN_DOCUMENT,
        ANNUAL_PROGRAMME,
        MONITORING_REPORT,
        AGREEMENT,
        SIGNED_AGREEMENT,
        IMPLEMENTATION_SCHEME,
        MEMORANDUM,
        EXTERNAL_ACT
    }
}

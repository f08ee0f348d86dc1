package it.zona.archive;

import it.zona.shared.OfficialDocumentIssued.Kind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of an official document as everyone may read it: what it is, its body and plan, the day
 * it was issued and the act that issued it, its page in Zona, and the file's name, type, size and
 * SHA-256 to check a copy against.
 */
record ArchivedDocumentView(
        long id,
        Kind kind,
        int version,
        String title,
        IssuingBody governingBody,
        Long planId,
        LocalDate issuedOn,
        String act,
        String page,
        String fileName,
        String mediaType,
        String sha256,
        long sizeBytes,
        Instant archivedAt) {

    record IssuingBody(long id, String name) {}
}

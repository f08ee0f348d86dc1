package it.zona.archive;

import it.zona.shared.OfficialDocumentIssued.Kind;
import java.time.LocalDate;

/** An archived version as another module cites it: what it is, which version, and its SHA-256. */
public record OfficialDocumentRef(
        long id,
        Kind kind,
        String title,
        int version,
        LocalDate issuedOn,
        String fileName,
        String sha256,
        long sizeBytes) {}

package it.zona.document;

import it.zona.shared.web.FileResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** PDF answers shared by the pages and the API: shown in the browser, saved under a sensible name. */
final class PdfResponses {

    private PdfResponses() {}

    static ResponseEntity<byte[]> inline(String fileName, byte[] content) {
        return FileResponses.inline(fileName, MediaType.APPLICATION_PDF, content);
    }

    /** A frozen version, exactly as stored, with its digest (RFC 9530) for the reader to check. */
    static ResponseEntity<byte[]> frozen(DocumentArchive.StoredFile file) {
        return FileResponses.stored(
                file.document().fileName(),
                MediaType.APPLICATION_PDF,
                file.document().sha256(),
                file.content());
    }
}

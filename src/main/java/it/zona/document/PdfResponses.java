package it.zona.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** PDF answers shared by the pages and the API: shown in the browser, saved under a sensible name. */
final class PdfResponses {

    static final String REPR_DIGEST = "Repr-Digest";

    private PdfResponses() {}

    static ResponseEntity<byte[]> inline(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    /** A frozen version, exactly as stored, with its digest (RFC 9530) for the reader to check. */
    static ResponseEntity<byte[]> frozen(DocumentArchive.StoredFile file) {
        ResponseEntity<byte[]> inline = inline(file.document().fileName(), file.content());
        return ResponseEntity.ok()
                .headers(inline.getHeaders())
                .header(REPR_DIGEST, file.reprDigest())
                .body(file.content());
    }
}

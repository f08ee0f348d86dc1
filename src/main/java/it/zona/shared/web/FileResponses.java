package it.zona.shared.web;

import it.zona.shared.Digests;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as answered by the pages and the API: shown in the browser, saved under its name, with its digest. */
public final class FileResponses {

    /** RFC 9530: the digest of the bytes sent, for the reader to check them against the one published. */
    public static final String REPR_DIGEST = "Repr-Digest";

    private FileResponses() {}

    public static ResponseEntity<byte[]> inline(String fileName, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    /** A file exactly as stored, with the SHA-256 (hex) it was stored with. */
    public static ResponseEntity<byte[]> stored(String fileName, MediaType type, String sha256Hex, byte[] content) {
        ResponseEntity<byte[]> inline = inline(fileName, type, content);
        return ResponseEntity.ok()
                .headers(inline.getHeaders())
                .header(REPR_DIGEST, Digests.reprDigest(sha256Hex))
                .body(content);
    }
}

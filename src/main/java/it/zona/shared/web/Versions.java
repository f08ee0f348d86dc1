package it.zona.shared.web;

import it.zona.shared.StaleVersionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The lost-update guard of the API. Reads carry the entity's version as a strong ETag ("3"); an
 * update must say which version it read, in If-Match or in the body's {@code version}, or it is
 * refused with 428 before anything is changed. The 428 comes from the facade's version check
 * ({@link StaleVersionException#check}), after its role check: a viewer hears 403 whatever it sent.
 */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static <T> ResponseEntity<T> withEtag(T body, long version) {
        return ResponseEntity.ok().header(HttpHeaders.ETAG, etag(version)).body(body);
    }

    /**
     * The version the client read: If-Match wins over the body; with neither, {@link
     * StaleVersionException#UNSTATED}, which the facade's version check refuses with 428.
     */
    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                // "*" or a tag we never issued: it matches no version.
                return Long.MIN_VALUE;
            }
        }
        return bodyVersion != null ? bodyVersion : StaleVersionException.UNSTATED;
    }

    /** The version a page form sent back; a form that lost it matches no version (a 409, not a 500). */
    public static long ofForm(Long version) {
        return version == null ? -1 : version;
    }
}

package it.zona.pagecache;

import java.util.List;
import java.util.Map;

/**
 * A rendered public page as it was answered: its bytes, its headers but the per-request ones, its
 * ETag, the last change committed before it was rendered and the District it shows (null: any).
 */
record CachedPage(
        byte[] body,
        List<Map.Entry<String, String>> headers,
        String etag,
        long renderedAt,
        Long district,
        long expiresAtNanos) {

    int weight() {
        return body.length + 64 * headers.size() + 128;
    }
}

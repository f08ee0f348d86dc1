package it.zona.opendata;

import java.util.Locale;
import org.springframework.http.MediaType;

/** The open formats a dataset is served in: CSV (RFC 4180) and JSON (an array of objects). */
enum DatasetFormat {
    CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    JSON(MediaType.APPLICATION_JSON);

    private final MediaType mediaType;

    DatasetFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The file name's extension, also the last part of the file's address. */
    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}

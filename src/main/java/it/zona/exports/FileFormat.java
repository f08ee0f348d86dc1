package it.zona.exports;

import org.springframework.http.MediaType;

/** The two shapes of every export. */
enum FileFormat {
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final String CSV_TYPE = "text/csv";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String extension;
    private final MediaType mediaType;

    FileFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = MediaType.parseMediaType(mediaType);
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }
}

package it.zona.opendata;

/** The files each dataset is distributed as: its extension, its EU file type and its media type. */
enum FileFormat {
    CSV("csv", "CSV", "text/csv"),
    JSON("json", "JSON", "application/json");

    private final String extension;
    private final String fileType;
    private final String mediaType;

    FileFormat(String extension, String fileType, String mediaType) {
        this.extension = extension;
        this.fileType = fileType;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    /** Its code in the EU's file-type vocabulary (http://publications.europa.eu/resource/authority/file-type). */
    String fileType() {
        return fileType;
    }

    String mediaType() {
        return mediaType;
    }
}

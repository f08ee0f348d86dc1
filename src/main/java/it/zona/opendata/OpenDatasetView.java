package it.zona.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A District's dataset as the API lists it: what it is, in the reader's language, its theme and
 * frequency with their EU vocabulary addresses, when the District's data last changed, its columns
 * with their type and meaning, and the addresses of its page and files.
 */
@Schema(name = "OpenDataset")
record OpenDatasetView(
        String key,
        String title,
        String description,
        DataTheme theme,
        String themeUri,
        UpdateFrequency frequency,
        String frequencyUri,
        Instant lastModified,
        String license,
        List<Column> columns,
        String page,
        String csv,
        String json) {

    /** The licence every dataset is published under. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    /** A column: its name in the CSV header and the JSON keys, its type and its meaning. */
    @Schema(name = "OpenDatasetColumn")
    public record Column(String name, ColumnType type, String description) {}
}

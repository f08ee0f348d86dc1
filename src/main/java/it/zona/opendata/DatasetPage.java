package it.zona.opendata;

import java.time.Instant;
import java.util.List;

/**
 * A dataset as the open data pages show it, in the reader's language: its heading, what it holds,
 * when the District's data last changed (null on the installation's page), its columns.
 */
record DatasetPage(
        String key,
        String heading,
        String summary,
        DataTheme theme,
        UpdateFrequency frequency,
        Instant lastModified,
        List<Line> columns) {

    /** A column: its name in the files, its type, its meaning. */
    record Line(String column, ColumnType type, String meaning) {}
}

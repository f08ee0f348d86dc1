package it.zona.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An intervention's progress: its status since a day (NOT_STARTED with no day before any entry set
 * one), its percentage, and the whole story newest first: the office's entries and the notes heard at
 * the thematic tables. Who wrote an entry is for the District's staff only (null for anyone else).
 */
public record ProgressView(
        long interventionId, ImplementationStatus status, LocalDate statusSince, int percent, List<Item> timeline) {

    /** Where an item of the timeline comes from. */
    public enum Source {
        OFFICE,
        TABLE
    }

    /**
     * One item: an office's entry ({@code entryId}, its status or percentage if it set them, who wrote
     * it) or a table's note ({@code tableStatus} names a constant labelled {@code progressStatus.*},
     * {@code tableName} null for a plenary meeting, {@code path} its meeting's page).
     */
    public record Item(
            Source source,
            LocalDate date,
            String text,
            Long entryId,
            ImplementationStatus status,
            Integer percent,
            String recordedBy,
            Instant recordedAt,
            String tableStatus,
            String tableName,
            String path) {}
}

package it.zona.spending.imports;

import java.util.List;

/**
 * An uploaded file as the mapping page shows it: its columns, its first rows, how many there are,
 * and a first guess at the mapping from the columns' names.
 */
public record StagedImport(
        long id,
        long planId,
        String fileName,
        String sha256,
        char separator,
        List<String> header,
        List<List<String>> sample,
        int rows,
        ImportMapping guess) {}

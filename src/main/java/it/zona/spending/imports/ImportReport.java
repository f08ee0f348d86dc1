package it.zona.spending.imports;

import it.zona.spending.PlanSpending.YearFigures;
import java.util.List;

/**
 * What an import did, or would do: how many rows of each kind it records, which rows an earlier
 * file already brought (skipped), every error by line, and the plan's figures by year as the
 * import leaves them ({@code after}, read before a preview is rolled back). {@code imported} is true
 * only when the rows were recorded: with any error, none is.
 */
public record ImportReport(
        long importId,
        String fileName,
        int rows,
        int commitments,
        int payments,
        int decommitments,
        List<Integer> alreadyPresent,
        List<RowError> errors,
        List<YearFigures> after,
        boolean imported) {

    /** An error of a row: its line in the file (1 is the header), the field, and what is wrong. */
    public record RowError(int line, String field, String message) {}

    public int toImport() {
        return commitments + payments + decommitments;
    }
}

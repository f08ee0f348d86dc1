package it.zona.budget;

import it.zona.programme.InterventionView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An intervention's budget as one table: a row per funding source, a column per year it runs. The
 * sources are the District's active ones plus any retired one the intervention still uses.
 */
public record BudgetGrid(
        InterventionView intervention,
        List<Integer> years,
        List<FundingSourceView> sources,
        Map<Cell, BigDecimal> amounts,
        long version) {

    /** One cell of the table: a year and a funding source. */
    public record Cell(int year, long sourceId) {

        /** The cell's name in a form: {@code cells[2025-3]}. */
        public String key() {
            return year + "-" + sourceId;
        }

        static Cell parse(String key) {
            int dash = key.indexOf('-');
            return new Cell(Integer.parseInt(key.substring(0, dash)), Long.parseLong(key.substring(dash + 1)));
        }
    }

    public BigDecimal amount(int year, long sourceId) {
        return amounts.get(new Cell(year, sourceId));
    }

    public BigDecimal yearTotal(int year) {
        return amounts.entrySet().stream()
                .filter(e -> e.getKey().year() == year)
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal sourceTotal(long sourceId) {
        return amounts.entrySet().stream()
                .filter(e -> e.getKey().sourceId() == sourceId)
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

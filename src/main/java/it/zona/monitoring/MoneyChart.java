package it.zona.monitoring;

import it.zona.spending.SpendingFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * What a page needs to draw money planned, committed and paid side by side, group by group (years,
 * sources, areas): each group's three amounts and their bars' widths, the largest amount of the
 * chart taking three quarters of the width. The page writes the amounts as text and puts the same
 * figures in a table under the chart, for those who read rather than look.
 */
record MoneyChart(List<Group> groups) {

    /** A group's amounts and the widths of their bars, as shares of the chart's width. */
    record Group(
            String label,
            BigDecimal allowance,
            BigDecimal committed,
            BigDecimal paid,
            String allowanceWidth,
            String committedWidth,
            String paidWidth) {}

    static <T> MoneyChart of(List<T> items, Function<T, String> label, Function<T, SpendingFigures> figures) {
        BigDecimal max = BigDecimal.ZERO;
        for (T item : items) {
            SpendingFigures f = figures.apply(item);
            max = max.max(f.allowance()).max(f.committed()).max(f.paid());
        }
        BigDecimal largest = max;
        return new MoneyChart(items.stream()
                .map(item -> {
                    SpendingFigures f = figures.apply(item);
                    return new Group(
                            label.apply(item),
                            f.allowance(),
                            f.committed(),
                            f.paid(),
                            width(f.allowance(), largest),
                            width(f.committed(), largest),
                            width(f.paid(), largest));
                })
                .toList());
    }

    /** No bar with money is thinner than a sliver, so that no amount looks like nothing. */
    static String width(BigDecimal amount, BigDecimal max) {
        if (max.signum() <= 0 || amount.signum() <= 0) {
            return "0";
        }
        BigDecimal percent = amount.multiply(BigDecimal.valueOf(75))
                .divide(max, 1, RoundingMode.HALF_UP)
                .max(new BigDecimal("0.5"));
        return percent.toPlainString() + "%";
    }

    public boolean isEmpty() {
        return groups.stream()
                .allMatch(g -> g.allowance().signum() <= 0 && g.committed().signum() <= 0);
    }
}

package it.zona.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * What a page needs to draw a bar chart: each bar's label, amount and length in drawing units,
 * the longest bar being {@code scale} long. The page writes the labels and amounts as text and
 * draws the bars in SVG, and puts the same figures in a table next to it, for those who read
 * rather than look.
 */
record BarChart(List<Bar> bars, int scale) {

    public record Bar(String label, BigDecimal amount, int length) {}

    static <T> BarChart of(List<T> items, Function<T, String> label, Function<T, BigDecimal> amount, int scale) {
        BigDecimal max = items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::max);
        return new BarChart(
                items.stream()
                        .map(item ->
                                new Bar(label.apply(item), amount.apply(item), length(amount.apply(item), max, scale)))
                        .toList(),
                scale);
    }

    private static int length(BigDecimal amount, BigDecimal max, int scale) {
        if (max.signum() == 0 || amount.signum() <= 0) {
            return 0;
        }
        // A bar of a few cents still shows as a sliver, so that no amount looks like nothing.
        return Math.max(
                1,
                amount.multiply(BigDecimal.valueOf(scale))
                        .divide(max, 0, RoundingMode.HALF_UP)
                        .intValue());
    }

    /**
     * How wide a bar is drawn, as a share of the chart's width: the longest takes three quarters,
     * leaving room for its amount beside it, and no bar with money is thinner than a sliver.
     */
    public String width(Bar bar) {
        if (bar.length() == 0) {
            return "0";
        }
        BigDecimal percent = BigDecimal.valueOf(bar.length() * 75L)
                .divide(BigDecimal.valueOf(scale), 1, RoundingMode.HALF_UP)
                .max(new BigDecimal("0.5"));
        return percent.toPlainString() + "%";
    }

    public boolean isEmpty() {
        return bars.stream().allMatch(b -> b.length() == 0);
    }
}

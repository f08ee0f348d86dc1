package it.zona.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What an indicator's page needs to draw its chart: per year of the plan, a bar as long as the
 * latest valid value and a mark where the target is, both as a share of the chart's width (the
 * largest figure, baseline included, takes nine tenths). The page writes the figures as text and
 * draws only the bar and the mark in SVG; the table after it holds the same figures.
 */
record IndicatorChart(List<Row> rows) {

    /** One year: its figures, and where the bar ends and the target's mark stands, in percent of the width. */
    public record Row(IndicatorView.YearStatus year, String valueWidth, String targetAt) {}

    static IndicatorChart of(IndicatorView indicator) {
        BigDecimal max = BigDecimal.ZERO;
        if (indicator.baseline() != null) {
            max = max.max(indicator.baseline().value().abs());
        }
        for (IndicatorView.YearStatus year : indicator.years()) {
            if (year.target() != null) {
                max = max.max(year.target().abs());
            }
            if (year.value() != null) {
                max = max.max(year.value().abs());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (IndicatorView.YearStatus year : indicator.years()) {
            rows.add(new Row(year, share(year.value(), max), share(year.target(), max)));
        }
        return new IndicatorChart(rows);
    }

    /** Whether there is anything to draw: a value or a target in some year. */
    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.valueWidth() == null && r.targetAt() == null);
    }

    private static String share(BigDecimal figure, BigDecimal max) {
        if (figure == null) {
            return null;
        }
        if (max.signum() == 0 || figure.signum() <= 0) {
            return "0";
        }
        return figure.multiply(BigDecimal.valueOf(90))
                .divide(max, 1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}

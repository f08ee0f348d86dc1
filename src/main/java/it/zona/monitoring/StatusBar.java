package it.zona.monitoring;

import it.zona.indicators.IndicatorStatus;
import it.zona.indicators.IndicatorStatuses;
import java.util.ArrayList;
import java.util.List;

/**
 * A year's indicators as one bar split by status, for the chart above the table of counts: each
 * part starts where the previous one ends, its width the status's share of the year's indicators
 * (of a bar 100 wide).
 */
record StatusBar(int year, long total, List<Part> parts) {

    record Part(IndicatorStatus status, long count, double x, double width) {}

    static StatusBar of(IndicatorStatuses year) {
        List<Part> parts = new ArrayList<>();
        double x = 0;
        for (IndicatorStatus status : IndicatorStatus.values()) {
            long count = year.count(status);
            if (count > 0) {
                double width = 100.0 * count / year.total();
                parts.add(new Part(status, count, x, width));
                x += width;
            }
        }
        return new StatusBar(year.year(), year.total(), parts);
    }
}

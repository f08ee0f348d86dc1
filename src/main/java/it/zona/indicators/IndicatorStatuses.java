package it.zona.indicators;

import java.util.List;
import java.util.Map;

/**
 * Where a plan's indicators stand in one year, for dashboards and alerts: how many in each status
 * (every status present, zero included) and the indicators behind target, in the plan's order.
 */
public record IndicatorStatuses(long planId, int year, Map<IndicatorStatus, Long> counts, List<IndicatorView> behind) {

    public long count(IndicatorStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}

package it.zona.demo;

import it.zona.monitoring.MonitoringReports;
import it.zona.plan.PlanRegistry;
import org.springframework.stereotype.Component;

/**
 * The monitoring report of 2024 of the plan 2024-2026, frozen by the office into the District's
 * archive once the year's spending and indicators are in, as the region asks of each year.
 */
@Component
class PoggiardoMonitoringDemo {

    private final PlanRegistry plans;
    private final MonitoringReports reports;

    PoggiardoMonitoringDemo(PlanRegistry plans, MonitoringReports reports) {
        this.plans = plans;
        this.reports = reports;
    }

    void load() {
        long plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        reports.freeze(plan, 2024);
    }
}

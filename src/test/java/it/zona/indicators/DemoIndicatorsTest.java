package it.zona.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.plan.PlanRegistry;
import it.zona.support.Fixtures;
import it.zona.support.ZonaIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo plan 2024-2026 is monitored in 2024 and 2025: indicators of objectives and interventions,
 * some reached, some behind, one measurement corrected; the counts by status are those the pages show.
 */
@ZonaIntegrationTest
class DemoIndicatorsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanRegistry plans;

    @Autowired
    IndicatorRegistry indicators;

    @Test
    void theDemoPlanHasIndicatorsBehindAndReachedAndACorrection() {
        long plan = fixtures.as(
                "viewer.poggiardo",
                () -> plans.list("poggiardo").stream()
                        .filter(p -> p.firstYear() == 2024)
                        .findFirst()
                        .orElseThrow()
                        .id());
        IndicatorStatuses of2024 = fixtures.as("viewer.poggiardo", () -> indicators.statuses(plan, 2024));
        IndicatorStatuses of2025 = fixtures.as("viewer.poggiardo", () -> indicators.statuses(plan, 2025));
        assertThat(of2024.total()).isGreaterThanOrEqualTo(5);
        assertThat(of2024.count(IndicatorStatus.REACHED)).isPositive();
        assertThat(of2024.count(IndicatorStatus.BEHIND)).isPositive();
        assertThat(of2025.count(IndicatorStatus.BEHIND)).isPositive();
        assertThat(of2025.count(IndicatorStatus.ON_TRACK)).isPositive();
        assertThat(of2025.behind())
                .extracting(IndicatorView::name)
                .contains("Utenti del telesoccorso", "Bambini di 0-2 anni che frequentano un servizio per l’infanzia");
        assertThat(of2025.counts().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(of2025.total());

        List<IndicatorView> all = fixtures.as("viewer.poggiardo", () -> indicators.list(plan));
        assertThat(all).anyMatch(i -> i.objective() != null).anyMatch(i -> i.intervention() != null);
        IndicatorView waiting = all.stream()
                .filter(i -> i.name().equals("Persone in lista d’attesa per il SAD"))
                .findFirst()
                .orElseThrow();
        List<MeasurementView> history = fixtures.as("viewer.poggiardo", () -> indicators.history(waiting.id()));
        assertThat(history).anyMatch(MeasurementView::corrected).anyMatch(m -> m.corrects() != null);
        assertThat(waiting.year(2024).value()).as("the correction counts").isEqualByComparingTo("12");
    }
}

package it.zona.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No query per indicator: the plan's list of indicators, the objectives' page, an intervention's page
 * and the counts by status ask the database as many times for 2 indicators as for 8, each with its
 * targets and measurements, counted by Hibernate's statistics.
 */
@ZonaIntegrationTest
class IndicatorQueriesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    IndicatorRegistry indicators;

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void aPlansIndicatorsAreReadInQueriesThatDoNotGrowWithThem() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long area = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, area, "Domiciliarità");
        long intervention = content.intervention(district, plan, objective, "Telesoccorso", 2024, 2026);
        ApiClient editor = fixtures.api(district.editor());
        WebClient viewer = fixtures.signIn(district.viewer());
        List<String> paths = List.of(
                "/plans/" + plan + "/indicators",
                "/plans/" + plan + "/indicators?year=2024&status=BEHIND",
                "/plans/" + plan + "/objectives",
                "/plans/" + plan + "/interventions/" + intervention,
                "/plans/" + plan);

        add(editor, plan, objective, intervention, 0, 2);
        Map<String, Long> few = queries(viewer, paths);
        long fewStatuses = statuses(district, plan);
        add(editor, plan, objective, intervention, 2, 8);
        Map<String, Long> many = queries(viewer, paths);

        assertThat(few.values()).allMatch(count -> count > 0);
        assertThat(many).as("statements per page, 8 indicators against 2").isEqualTo(few);
        assertThat(statuses(district, plan))
                .as("statements for the counts by status")
                .isEqualTo(fewStatuses);
    }

    private void add(ApiClient editor, long plan, long objective, long intervention, int from, int to)
            throws Exception {
        for (int i = from; i < to; i++) {
            String subject = i % 2 == 0 ? "\"objectiveId\":" + objective : "\"interventionId\":" + intervention;
            long id = editor.read(editor.post(
                            "/api/v1/plans/{id}/indicators",
                            "{%s,\"name\":\"Indicatore %d\",\"kind\":\"OUTPUT\",\"unit\":\"utenti\",\"direction\":\"HIGHER_IS_BETTER\",\"baselineValue\":10,\"baselineYear\":2023,\"targets\":[{\"year\":2024,\"value\":20},{\"year\":2025,\"value\":30}]}"
                                    .formatted(subject, i),
                            plan))
                    .get("id")
                    .asLong();
            long first = editor.read(
                            editor.post("/api/v1/indicators/{id}/measurements", "{\"year\":2024,\"value\":15}", id))
                    .get("id")
                    .asLong();
            editor.post(
                    "/api/v1/indicators/{id}/measurements",
                    "{\"year\":2024,\"value\":21,\"corrects\":%d,\"note\":\"Rettifica\"}".formatted(first),
                    id);
        }
    }

    private long statuses(TestDistrict district, long plan) {
        Statistics statistics = statistics();
        try {
            fixtures.as(district.viewer().username(), () -> indicators.statuses(plan, 2024));
            statistics.clear();
            IndicatorStatuses read = fixtures.as(district.viewer().username(), () -> indicators.statuses(plan, 2024));
            assertThat(read.total()).isPositive();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private Map<String, Long> queries(WebClient viewer, List<String> paths) {
        Statistics statistics = statistics();
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            for (String path : paths) {
                assertThat(viewer.get(path).getResponse().getStatus()).as(path).isEqualTo(200);
                statistics.clear();
                viewer.get(path);
                counts.put(path.replaceAll("\\d+", "#"), statistics.getPrepareStatementCount());
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return counts;
    }

    private Statistics statistics() {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        return statistics;
    }
}

package it.zona.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.budget.BudgetGrid.Cell;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.FundingSourceRegistry;
import it.zona.budget.FundingSourceView;
import it.zona.programme.AreaRegistry;
import it.zona.programme.PolicyAreaView;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No query per row: a public page asks the database as many times for a plan of 3 interventions
 * as for one of 12, with their budget lines, counted by Hibernate's statistics. Pages are read
 * signed in, so that every request is rendered rather than served from the page cache.
 */
@ZonaIntegrationTest
class PublicPageQueriesTest {

    private static final List<String> PAGES = List.of(
            "/districts/{slug}",
            "/plans/{id}",
            "/plans/{id}/interventions",
            "/plans/{id}/budget",
            "/plans/{id}/needs",
            "/plans/{id}/objectives",
            "/plans/{id}/tables",
            "/plans/{id}/sections");

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    AreaRegistry areas;

    @Autowired
    FundingSourceRegistry sources;

    @Autowired
    BudgetRegistry budget;

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void aPublicPagesQueriesDoNotGrowWithItsRows() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        List<PolicyAreaView> planAreas = fixtures.as(district.viewer().username(), () -> areas.areasInOrder(plan));
        List<Long> objectives = planAreas.stream()
                .limit(3)
                .map(area -> content.objective(district, plan, area.id(), "Obiettivo " + area.name()))
                .toList();
        WebClient viewer = fixtures.signIn(district.viewer());

        add(district, plan, objectives, 0, 3);
        Map<String, Long> few = queries(viewer, district, plan);
        add(district, plan, objectives, 3, 12);
        Map<String, Long> many = queries(viewer, district, plan);

        assertThat(few.values()).allMatch(count -> count > 0);
        assertThat(many).as("statements per page, 12 interventions against 3").isEqualTo(few);
    }

    @Test
    void theListOfDistrictsAsksTheSameWhateverTheirNumber() {
        fixtures.district();
        WebClient viewer = fixtures.signIn(fixtures.district().viewer());
        List<String> lists = List.of("/", "/?q=ambito");

        Map<String, Long> before = queries(viewer, lists);
        fixtures.district();
        fixtures.district();
        Map<String, Long> after = queries(viewer, lists);

        // Collections load in batches of 100 (hibernate.default_batch_fetch_size): crossing a hundred
        // may add one statement, a statement per District would add two.
        before.forEach((path, count) -> assertThat(after.get(path))
                .as("statements for " + path + ", two more Districts")
                .isLessThan(count + 2));
    }

    private Map<String, Long> queries(WebClient viewer, TestDistrict district, long plan) {
        return queries(
                viewer,
                PAGES.stream()
                        .map(page -> page.replace("{slug}", district.slug()).replace("{id}", Long.toString(plan)))
                        .toList());
    }

    private Map<String, Long> queries(WebClient viewer, List<String> paths) {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            for (String path : paths) {
                assertThat(viewer.get(path).getResponse().getStatus()).as(path).isEqualTo(200);
                // The statistics count every thread's statements: a background job (the outbox, the
                // reminders) can only add to a request's, so the fewest of three runs is the request's.
                long fewest = Long.MAX_VALUE;
                for (int run = 0; run < 3; run++) {
                    statistics.clear();
                    viewer.get(path);
                    fewest = Math.min(fewest, statistics.getPrepareStatementCount());
                }
                counts.put(path.replaceAll("\\d+|test-[^/]+", "#"), fewest);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return counts;
    }

    private void add(TestDistrict district, long plan, List<Long> objectives, int from, int to) {
        List<FundingSourceView> catalogue =
                fixtures.as(district.viewer().username(), () -> sources.list(district.slug()));
        for (int i = from; i < to; i++) {
            long intervention = content.intervention(
                    district, plan, objectives.get(i % objectives.size()), "Intervento " + i, 2027, 2029);
            Map<Cell, BigDecimal> cells = new LinkedHashMap<>();
            for (int year = 2027; year <= 2029; year++) {
                for (int s = 0; s < 2; s++) {
                    cells.put(
                            new Cell(
                                    year,
                                    catalogue.get((i + s) % catalogue.size()).id()),
                            BigDecimal.valueOf(10_000 + i * 100L + year + s, 2));
                }
            }
            fixtures.as(district.editor().username(), () -> budget.saveGrid(plan, intervention, cells, 0, null));
        }
    }
}

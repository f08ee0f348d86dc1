package it.zona.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.budget.BudgetGrid.Cell;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.BudgetReport;
import it.zona.budget.FundingSourceForm;
import it.zona.budget.FundingSourceRegistry;
import it.zona.budget.FundingSourceView;
import it.zona.budget.ProfessionalRole;
import it.zona.budget.StaffingForm;
import it.zona.budget.StaffingRegistry;
import it.zona.programme.AreaRegistry;
import it.zona.programme.InterventionForm;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionStatus;
import it.zona.programme.InterventionType;
import it.zona.programme.PolicyAreaView;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.Timings;
import it.zona.support.ZonaIntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Builds a large plan (200 interventions over 5 years, 10 funding sources, 15 municipalities) and
 * times what people wait for: the budget aggregates, the plan's pages and its PDF. A benchmark, not
 * a test: its class name keeps it out of {@code mvn verify}, and it asserts only that the answers are
 * right, never how fast they came. Run it with {@code mvn test -Dtest=PlanBenchmark}; it prints a
 * table and writes it to {@code target/benchmark/plan.md}. docs/performance.md has the numbers.
 */
@ZonaIntegrationTest
class PlanBenchmark {

    private static final int FIRST_YEAR = 2027;
    private static final int LAST_YEAR = 2031;
    private static final int INTERVENTIONS = 200;
    private static final int SOURCES_PER_INTERVENTION = 3;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    AreaRegistry areas;

    @Autowired
    InterventionRegistry interventions;

    @Autowired
    FundingSourceRegistry sources;

    @Autowired
    BudgetRegistry budget;

    @Autowired
    StaffingRegistry staffing;

    @Autowired
    BudgetReport report;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void largePlan() throws Exception {
        long started = System.nanoTime();
        TestDistrict district = fixtures.district();
        for (int i = 1; i < 15; i++) {
            fixtures.addMunicipality(district);
        }
        long plan = fixtures.plan(district, FIRST_YEAR, LAST_YEAR);
        fill(district, plan);
        fixtures.approve(district, plan);
        assertThat(budget.list(plan, null, null, null))
                .hasSize(INTERVENTIONS * (LAST_YEAR - FIRST_YEAR + 1) * SOURCES_PER_INTERVENTION);
        System.out.printf(Locale.ROOT, "Built the plan in %.1f s%n", (System.nanoTime() - started) / 1e9);

        List<String> rows = new ArrayList<>();
        rows.add(measure("Budget aggregates (BudgetReport.overview)", 5, 30, () -> report.overview(plan)));
        rows.add(measure("GET /api/v1/plans/{id}/budget", 5, 30, () -> get("/api/v1/plans/" + plan + "/budget")));
        rows.add(measure("GET /plans/{id} (plan page)", 5, 30, () -> get("/plans/" + plan)));
        rows.add(measure("GET /plans/{id}/budget", 5, 20, () -> get("/plans/" + plan + "/budget")));
        rows.add(measure("GET /plans/{id}/interventions", 5, 20, () -> get("/plans/" + plan + "/interventions")));
        rows.add(measure(
                "GET /plans/{id}/programme/" + (FIRST_YEAR + 2),
                5,
                20,
                () -> get("/plans/" + plan + "/programme/" + (FIRST_YEAR + 2))));
        rows.add(measure("GET /plans/{id}/document (HTML)", 3, 10, () -> get("/plans/" + plan + "/document")));
        rows.add(measure("GET /plans/{id}/document.pdf", 2, 5, () -> get("/plans/" + plan + "/document.pdf")));
        rows.add(measure("GET /plans/{id}/summary.pdf", 2, 5, () -> get("/plans/" + plan + "/summary.pdf")));

        Timings.write("plan", rows);
    }

    /** 200 interventions spread over the areas, each with 3 sources × 5 years, and staff. */
    private void fill(TestDistrict district, long plan) {
        fixtures.as(
                district.admin().username(),
                () -> sources.create(district.slug(), new FundingSourceForm("Fondazione bancaria", null, true, null)));
        List<FundingSourceView> catalogue = sources.list(district.slug());
        assertThat(catalogue).hasSize(10);
        List<PolicyAreaView> planAreas = fixtures.as(district.viewer().username(), () -> areas.areasInOrder(plan));
        List<Long> objectives = planAreas.stream()
                .map(area -> content.objective(district, plan, area.id(), "Obiettivo " + area.name()))
                .toList();
        fixtures.as(district.editor().username(), () -> {
            for (int i = 0; i < INTERVENTIONS; i++) {
                long intervention = interventions
                        .create(plan, intervention(objectives.get(i % objectives.size()), i), null)
                        .id();
                Map<Cell, BigDecimal> cells = new LinkedHashMap<>();
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    for (int s = 0; s < SOURCES_PER_INTERVENTION; s++) {
                        FundingSourceView source = catalogue.get((i + s * 3) % catalogue.size());
                        cells.put(
                                new Cell(year, source.id()),
                                BigDecimal.valueOf(1_000_00L + (i * 7919L + year * 31L + s * 101L) % 90_000_00L, 2));
                    }
                }
                budget.saveGrid(plan, intervention, cells, 0, null);
            }
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (ProfessionalRole role : ProfessionalRole.values()) {
                    staffing.create(
                            plan, new StaffingForm(year, role, null, new BigDecimal("2.5"), null, null, null), null);
                }
            }
            return null;
        });
    }

    private static InterventionForm intervention(long objective, int i) {
        return new InterventionForm(
                objective,
                null,
                "Intervento di prova " + (i + 1),
                "Descrizione dell'intervento " + (i + 1) + ", con le sue attività e i suoi destinatari.",
                InterventionType.values()[i % InterventionType.values().length],
                null,
                FIRST_YEAR,
                LAST_YEAR,
                null,
                List.of(),
                true,
                List.of(),
                "Prestazioni erogate e persone raggiunte",
                InterventionStatus.ACTIVE,
                null);
    }

    private Object get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "it")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** A timed row whose size tells a PDF's pages too. */
    private static String measure(String what, int warmUp, int runs, Callable<Object> work) throws Exception {
        return Timings.measure(what, warmUp, runs, work, result -> Timings.size(result) + pages(result));
    }

    private static String pages(Object result) {
        if (!(result instanceof byte[] bytes)
                || bytes.length < 4
                || !new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF")) {
            return "";
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return ", " + pdf.getNumberOfPages() + " pages";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

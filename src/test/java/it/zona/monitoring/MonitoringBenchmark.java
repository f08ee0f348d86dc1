package it.zona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.spending.FundAnnualityForm;
import it.zona.spending.FundReporting;
import it.zona.spending.LargeLedger;
import it.zona.spending.PlanSpending;
import it.zona.spending.SpendingLedger;
import it.zona.spending.SpendingTotals;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.Timings;
import it.zona.support.ZonaIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A District whose plan has 200 interventions over 5 years, one budget line each year, a commitment
 * on every line and 1,000,000 payments in all: the plan's spending aggregated as the dashboard and
 * the public page read it ({@link SpendingTotals}), beside the same sums written by hand in SQL on
 * the same database, and the public state of implementation. A benchmark, not a test: its class name
 * keeps it out of {@code mvn verify}, and it asserts the answers, never the time. Run it with {@code
 * mvn test -Dtest=MonitoringBenchmark} (embedded H2), or against PostgreSQL with the datasource of
 * {@code .ci/run}; it writes its table to {@code target/benchmark/monitoring.md}.
 */
@ZonaIntegrationTest
class MonitoringBenchmark {

    private static final int FIRST_YEAR = 2019;
    private static final int YEARS = 5;
    private static final int INTERVENTIONS = 200;
    private static final int PAYMENTS_PER_LINE = 1_000;
    private static final LocalDate LATE = LocalDate.of(2099, 12, 31);

    @Autowired
    Fixtures fixtures;

    @Autowired
    SpendingTotals totals;

    @Autowired
    FundReporting funds;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext beans;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMillionPayments() throws Exception {
        long started = System.nanoTime();
        LargeLedger ledger = LargeLedger.build(beans, FIRST_YEAR, YEARS, INTERVENTIONS, PAYMENTS_PER_LINE, "10.00");
        TestDistrict district = ledger.district();
        long plan = ledger.plan();
        long source = ledger.fundingSource();
        long payments = jdbc.queryForObject(
                "select count(*) from spending_entry where plan_id = ? and kind = 'PAYMENT'", Long.class, plan);
        assertThat(payments).isEqualTo((long) INTERVENTIONS * YEARS * PAYMENTS_PER_LINE);
        System.out.printf(Locale.ROOT, "Built %d payments in %.1f s%n", payments, (System.nanoTime() - started) / 1e9);

        PlanSpending spending = fixtures.asPlatformAdmin(() -> totals.of(plan, null));
        assertThat(spending.total().paid()).isEqualByComparingTo(new BigDecimal(payments * 10));
        String byHand = "select budget_line_id, kind, sum(amount) from spending_entry where plan_id = ?"
                + " and entry_date <= ? group by budget_line_id, kind";
        List<Map<String, Object>> sums = jdbc.queryForList(byHand, plan, java.sql.Date.valueOf("9999-12-31"));
        assertThat(sums).hasSize(INTERVENTIONS * YEARS * 2);

        // Each run asks as of another day, all after every entry: the same sums, never a cached result.
        AtomicInteger day = new AtomicInteger();
        List<String> rows = new ArrayList<>();
        rows.add(Timings.measure(
                "The plan's spending as it stands (SpendingTotals.of: the lines' running sums)",
                3,
                20,
                () -> fixtures.asPlatformAdmin(() -> totals.of(plan, null))));
        rows.add(Timings.measure(
                "The plan's spending as of a day (SpendingTotals.of: the ledger summed)",
                3,
                20,
                () -> fixtures.asPlatformAdmin(() -> totals.of(plan, LATE.minusDays(day.incrementAndGet())))));
        rows.add(Timings.measure(
                "The same sums by hand in SQL (reference)",
                3,
                20,
                () -> jdbc.queryForList(byHand, plan, java.sql.Date.valueOf(LATE.minusDays(day.incrementAndGet())))));
        String page = "/plans/" + plan + "/attuazione";
        // A first view is one after a change to the District: each run changes a fund annuality's
        // deadline first, so that the page kept in memory is no longer what it would show.
        long fundingSource = source;
        AtomicInteger change = new AtomicInteger();
        rows.add(Timings.measure("GET " + page + " (first view after a change)", 1, 10, () -> {
            int n = change.getAndIncrement();
            fixtures.as(
                    district.editor().username(),
                    () -> funds.record(
                            plan,
                            fundingSource,
                            FIRST_YEAR,
                            new FundAnnualityForm(
                                    LocalDate.of(FIRST_YEAR + 1, 6, 1).plusDays(n), null, null, null),
                            n == 0 ? SpendingLedger.NOT_SET : n - 1));
            return get(page);
        }));
        rows.add(Timings.measure("GET " + page + " (as citizens get it: in memory)", 5, 50, () -> get(page)));
        rows.add(Timings.measure(
                "GET /districts/{slug}/monitoring (staff dashboard with its alerts)",
                2,
                10,
                () -> fixtures.signIn(district.viewer()).open("/districts/" + district.slug() + "/monitoring")));
        Timings.write("monitoring", rows);
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}

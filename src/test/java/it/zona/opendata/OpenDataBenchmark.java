package it.zona.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.spending.LargeLedger;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A District with 1,000,000 payments: its {@code payments} dataset streamed as CSV and as JSON
 * through the real HTTP server, in MB/s, with the JVM's heap in use before the download and at its
 * highest during it, beside a reference in the same run: the same rows read by hand from a plain
 * JDBC cursor and written as CSV to a null stream, with no HTTP, no transaction template and no
 * checks. A benchmark, not a test: its class name keeps it out of {@code mvn verify}, and it asserts
 * the answers (a million rows, their sum), never the time. Run it with {@code mvn test
 * -Dtest=OpenDataBenchmark} (embedded H2), or against PostgreSQL with the datasource of {@code
 * .ci/run}; it writes its table to {@code target/benchmark/opendata.md}.
 */
@ZonaIntegrationTest
class OpenDataBenchmark {

    private static final int FIRST_YEAR = 2019;
    private static final int YEARS = 5;
    private static final int INTERVENTIONS = 200;
    private static final int PAYMENTS_PER_LINE = 1_000;
    private static final long PAYMENTS = (long) INTERVENTIONS * YEARS * PAYMENTS_PER_LINE;
    private static final int RUNS = 3;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext beans;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    void aMillionPaymentsStreamed() throws Exception {
        long started = System.nanoTime();
        LargeLedger ledger = LargeLedger.build(beans, FIRST_YEAR, YEARS, INTERVENTIONS, PAYMENTS_PER_LINE, "10.25");
        TestDistrict district = ledger.district();
        System.out.printf(Locale.ROOT, "Built %d payments in %.1f s%n", PAYMENTS, (System.nanoTime() - started) / 1e9);

        String csv = "/districts/" + district.slug() + "/open-data/payments.csv";
        String json = "/api/v1/districts/" + district.slug() + "/open-data/payments.json";
        List<String> rows = new ArrayList<>();
        rows.add(measure("Reference: the same rows by hand, plain JDBC cursor to CSV in a null stream", () -> {
            long[] counted = reference(district.id());
            assertThat(counted[0]).isEqualTo(PAYMENTS);
            return counted[1];
        }));
        rows.add(measure("`GET " + "/districts/{slug}/open-data/payments.csv` over HTTP", () -> {
            long[] read = download(csv);
            assertThat(read[0]).isEqualTo(PAYMENTS + 1);
            return read[1];
        }));
        rows.add(measure("`GET " + "/api/v1/districts/{slug}/open-data/payments.json` over HTTP", () -> {
            long[] read = download(json);
            assertThat(read[0]).isEqualTo(PAYMENTS);
            return read[1];
        }));
        StringBuilder table = new StringBuilder(
                        "| What | Runs | Median s | Size MB | MB/s (median) | Heap before MB | Peak heap during MB"
                                + " | Old generation growth MB |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(row -> table.append(row).append('\n'));
        table.append("\nJVM: max heap ")
                .append(memory.getHeapMemoryUsage().getMax() / (1 << 20))
                .append(" MB; database: ")
                .append(jdbc.execute(
                        (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()))
                .append('\n');
        System.out.println(table);
        Path out = Path.of("target/benchmark/opendata.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    /** Bytes of one run of the work. */
    @FunctionalInterface
    private interface Work {
        long run() throws Exception;
    }

    /**
     * One warm-up, then {@link #RUNS} runs, each after a full collection: the heap in use before
     * it and the most seen in use while it ran (sampled every millisecond, garbage included).
     */
    private String measure(String what, Work work) throws Exception {
        work.run();
        double[] seconds = new double[RUNS];
        long bytes = 0;
        long before = Long.MAX_VALUE;
        long peak = 0;
        long oldGrowth = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            Thread.sleep(200);
            long used = memory.getHeapMemoryUsage().getUsed();
            before = Math.min(before, used);
            long oldBefore = oldGeneration();
            AtomicLong highest = new AtomicLong(used);
            AtomicLong oldHighest = new AtomicLong(oldBefore);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    oldHighest.accumulateAndGet(oldGeneration(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            bytes = work.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            running.set(false);
            sampler.join();
            peak = Math.max(peak, highest.get());
            oldGrowth = Math.max(oldGrowth, oldHighest.get() - oldBefore);
        }
        java.util.Arrays.sort(seconds);
        double median = seconds[RUNS / 2];
        double megabytes = bytes / 1e6;
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.1f | %.1f | %d | %d | %d |",
                what,
                RUNS,
                median,
                megabytes,
                megabytes / median,
                before / 1_000_000,
                peak / 1_000_000,
                oldGrowth / 1_000_000);
    }

    /**
     * What the old generation holds: rows kept for the length of a download would be promoted there,
     * while the garbage of rows written and forgotten dies young.
     */
    private static long oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool ->
                        pool.getName().contains("Old Gen") || pool.getName().contains("Tenured"))
                .mapToLong(pool -> pool.getUsage().getUsed())
                .sum();
    }

    /** Lines and bytes of a file read through the server, kept nowhere. */
    private long[] download(String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            int read;
            while ((read = body.read(buffer)) > 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n' || buffer[i] == '}') {
                        lines++;
                    }
                }
            }
        }
        return new long[] {lines, bytes};
    }

    /** The reference: rows and bytes of the same columns read with a bare cursor and written by hand. */
    private long[] reference(long districtId) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            boolean h2 = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
            if (h2) {
                connection.createStatement().execute("set lazy_query_execution true");
            }
            long rows = 0;
            CountingStream counted = new CountingStream();
            try (PreparedStatement statement = connection.prepareStatement("""
                    select id, commitment_id, plan_id, budget_line_id, entry_date, amount, act_number, corrects_id
                    from spending_entry where district_id = ? and kind = 'PAYMENT' order by id""")) {
                statement.setFetchSize(JdbcRows.FETCH_SIZE);
                statement.setLong(1, districtId);
                Writer out =
                        new java.io.BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 64 * 1024);
                out.write("id,commitment_id,plan_id,budget_line_id,payment_date,amount,act_number,corrects_id\r\n");
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        out.write(Long.toString(row.getLong(1)));
                        out.write(',');
                        out.write(Long.toString(row.getLong(2)));
                        out.write(',');
                        out.write(Long.toString(row.getLong(3)));
                        out.write(',');
                        out.write(Long.toString(row.getLong(4)));
                        out.write(',');
                        out.write(row.getObject(5, java.time.LocalDate.class).toString());
                        out.write(',');
                        out.write(row.getBigDecimal(6).toPlainString());
                        out.write(',');
                        String act = row.getString(7);
                        out.write(act == null ? "" : act);
                        out.write(',');
                        long corrects = row.getLong(8);
                        out.write(row.wasNull() ? "" : Long.toString(corrects));
                        out.write("\r\n");
                        rows++;
                    }
                }
                out.flush();
            } finally {
                if (h2) {
                    connection.createStatement().execute("set lazy_query_execution false");
                }
                connection.commit();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
            return new long[] {rows, counted.count};
        }
    }

    /** A null stream that counts what it is given. */
    private static final class CountingStream extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}

package it.zona.demo;

import it.zona.shared.PlatformConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the Districts of the national data set through the application's services, signed in as a
 * platform admin, as the demo is: every rule applies and every change has its audit entry. Each
 * District is one transaction of its own (a failure loses that District only, and no transaction
 * grows with the country), and Districts are written side by side on a few threads: each draws
 * from its own random numbers, so the threads change the order of the rows, not what they say.
 */
@Component
class NationalDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(NationalDataGenerator.class);

    static final int PROGRESS_EVERY = 50;

    private final NationalBodies bodies;
    private final NationalPlan plan;
    private final NationalTables tables;
    private final TransactionTemplate transactions;
    private final PlannerStatistics statistics;
    private final Clock clock;

    NationalDataGenerator(
            NationalBodies bodies,
            NationalPlan plan,
            NationalTables tables,
            TransactionTemplate transactions,
            PlannerStatistics statistics,
            Clock clock) {
        this.bodies = bodies;
        this.plan = plan;
        this.tables = tables;
        this.transactions = transactions;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Writes the Districts on {@code threads} threads as {@code admin}; answers how long it took. */
    Duration generate(List<NationalLayout.District> districts, long seed, int threads, String admin) {
        requireDatesPast();
        long start = System.nanoTime();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger thread = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread worker = new Thread(work, "national-data-" + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (NationalLayout.District district : districts) {
                pending.add(pool.submit(() -> {
                    write(district, seed, admin);
                    int count = written.incrementAndGet();
                    progress(count, districts.size(), start);
                    if (PlannerStatistics.due(count)) {
                        statistics.refreshUnlessRunning();
                    }
                }));
            }
            for (Future<?> district : pending) {
                district.get();
            }
            statistics.refresh();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("National data: interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * One District in one transaction (or in the caller's, when there is one), signed in as the
     * admin on the current thread.
     */
    void write(NationalLayout.District layout, long seed, String admin) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, List.of()));
        try {
            transactions.executeWithoutResult(status -> {
                NationalDistrict district = new NationalDistrict(
                        layout, NationalDistrict.random(seed, layout.lead().istatCode()));
                bodies.write(district);
                plan.write(district);
                tables.write(district);
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("National data: could not write the District " + layout.slug(), e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void progress(int written, int total, long start) {
        if (written % PROGRESS_EVERY == 0 || written == total) {
            log.info(
                    "National data: {}/{} Districts written in {} s",
                    written,
                    total,
                    Duration.ofNanos(System.nanoTime() - start).toSeconds());
        }
    }

    /** The rules refuse acts and held meetings in the future: every generated date must be past. */
    private void requireDatesPast() {
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));
        if (!today.isAfter(NationalDistrict.LAST_DAY)) {
            throw new IllegalStateException("National data: the data set is dated up to " + NationalDistrict.LAST_DAY
                    + ", which must be past; today is " + today);
        }
    }
}

package it.zona.demo;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings the database's planner statistics up to date while the national data set is loaded, as
 * PostgreSQL advises after bulk loading ("Populating a Database": run ANALYZE). Tables start empty
 * and grow by tens of thousands of rows; a plan chosen while a table was nearly empty (a sequential
 * scan) would otherwise stay cached for every prepared statement of every pooled connection until
 * the statistics change, which on a server without autovacuum is never, and each District would be
 * slower to write than the one before. It only reads the tables; H2 knows the statement too.
 */
@Component
class PlannerStatistics {

    private final JdbcTemplate jdbc;
    private final ReentrantLock running = new ReentrantLock();

    PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the statistics are worth refreshing after this many Districts: often while the tables
     * are small and their size changes fast (after 1, 2, 4, ... 32), then every 50.
     */
    static boolean due(int written) {
        return written % 50 == 0 || (written <= 32 && Integer.bitCount(written) == 1);
    }

    /** Refreshes them while Districts are being written, unless another thread is doing it already. */
    void refreshUnlessRunning() {
        if (running.tryLock()) {
            analyze();
        }
    }

    /** Refreshes them once all is written, for whatever reads the data next. */
    void refresh() {
        running.lock();
        analyze();
    }

    private void analyze() {
        try {
            jdbc.execute("analyze");
        } finally {
            running.unlock();
        }
    }
}

package it.zona.pagecache;

import it.zona.audit.ChangeLog;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Districts changed, and when, as of a read of the {@link ChangeLog} made after the question
 * was asked: so a page is never served from memory once a change it shows has committed, whichever
 * node committed it.
 *
 * <p>Reads are shared: a request waits for the next read to start and end, never starts one of its
 * own while one is under way. Under load that is one small query per database round trip, however
 * many requests ask, and each of them still sees every change committed before it arrived.
 */
class Freshness {

    private final ChangeLog changes;
    private final Map<Long, Long> lastChangeOf = new ConcurrentHashMap<>();
    private volatile long seen = -1;
    private volatile long lastChange;

    // Guarded by this.
    private long readsStarted;
    private long readsDone;
    private boolean reading;

    Freshness(ChangeLog changes) {
        this.changes = changes;
    }

    /** Waits for a read of the changes that started after this call; answers the last change read. */
    long now() {
        long needed;
        synchronized (this) {
            // A read already under way may have missed what committed just before this call.
            needed = readsStarted + (reading ? 2 : 1);
        }
        while (true) {
            synchronized (this) {
                while (readsDone < needed && reading) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while reading the changes", e);
                    }
                }
                if (readsDone >= needed) {
                    return seen;
                }
                reading = true;
                readsStarted++;
            }
            boolean done = false;
            try {
                read();
                done = true;
            } finally {
                synchronized (this) {
                    reading = false;
                    if (done) {
                        readsDone = readsStarted;
                    }
                    notifyAll();
                }
            }
        }
    }

    /**
     * Whether a page rendered when the last change was {@code renderedAt} is still what it would be
     * now, given the District it shows (null: any District), as of the last {@link #now()}.
     */
    boolean unchangedSince(long renderedAt, Long district) {
        if (renderedAt < 0 || lastChangeOf.getOrDefault(ChangeLog.PLATFORM, 0L) > renderedAt) {
            return false;
        }
        return district == null ? lastChange <= renderedAt : lastChangeOf.getOrDefault(district, 0L) <= renderedAt;
    }

    private void read() {
        long last = changes.last();
        if (seen < 0) {
            // Nothing is kept yet: what changed before does not matter.
            seen = last;
            return;
        }
        if (last > seen) {
            changes.changedBetween(seen, last)
                    .forEach((district, change) -> lastChangeOf.merge(district, change, Math::max));
            lastChange = last;
            seen = last;
        }
    }
}

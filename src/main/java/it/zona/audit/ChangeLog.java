package it.zona.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit chain read as a clock of changes. Its head's {@code last_id} grows with every committed
 * change, in commit order whichever node commits ({@link AuditChain} numbers entries under the head
 * row's lock, held until commit), so "nothing changed since entry N" is one indexed read, and what
 * changed since is a range of the entries' primary key.
 */
@Component
public class ChangeLog {

    /** The key of changes that belong to no District (municipalities, accounts, the platform). */
    public static final long PLATFORM = 0;

    private final JdbcTemplate jdbc;

    ChangeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last committed change. */
    public long last() {
        Long last = jdbc.queryForObject("select last_id from audit_chain where id = 1", Long.class);
        return last == null ? 0 : last;
    }

    /**
     * For each District changed after {@code after} up to {@code upTo}, its last change;
     * {@link #PLATFORM} for changes of no District.
     */
    public Map<Long, Long> changedBetween(long after, long upTo) {
        Map<Long, Long> changed = new HashMap<>();
        jdbc.query(
                "select coalesce(district_id, 0) as district, max(id) as last from audit_entry"
                        + " where id > ? and id <= ? group by coalesce(district_id, 0)",
                rs -> {
                    changed.put(rs.getLong("district"), rs.getLong("last"));
                },
                after,
                upTo);
        return changed;
    }

    /** When the District's data last changed (an indexed read of its latest entry), if ever. */
    public Optional<Instant> lastChangeAt(long districtId) {
        OffsetDateTime at = jdbc.queryForObject(
                "select max(occurred_at) from audit_entry where district_id = ?", OffsetDateTime.class, districtId);
        return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
    }
}

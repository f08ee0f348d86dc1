package it.zona.audit;

import it.zona.identity.Access;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole audit chain, a page of entries at a time, recomputing each entry's hash from its
 * columns and the hash before it. An entry altered, a removed entry (its successor no longer
 * matches), one slipped in (its hash does not fit), or entries past or short of the chain's head
 * (the last ones removed, or added without the application) break it. Platform admins only: the log
 * spans every District.
 */
@Service
class AuditVerification {

    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    private final Access access;

    AuditVerification(JdbcTemplate jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * {@code firstBroken} is the id of the first entry that does not fit the chain, or, when the
     * chain stops short of its head, the id of the missing last entry. {@code lastHash} is the
     * hash of the chain's head: noted somewhere else, it shows later whether the whole chain was
     * rewritten from some entry on.
     */
    public record Result(boolean intact, long entries, Long firstBroken, String lastHash) {}

    // One snapshot: entries appended while the walk goes on are not half seen.
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Result verify() {
        access.requirePlatformAdmin();
        // A missing head (removed where no trigger keeps it) vouches for no entry at all.
        Head head = jdbc.query(
                "select last_id, last_hash from audit_chain where id = 1",
                rs -> rs.next() ? new Head(rs.getLong("last_id"), rs.getString("last_hash")) : new Head(-1, null));
        Walk walk = new Walk(head.lastId());
        // From the lowest id there can be: an entry slipped in before the first is an entry too.
        List<Stored> page = page(Long.MIN_VALUE);
        while (!page.isEmpty()) {
            page.forEach(walk::next);
            page = page(page.get(page.size() - 1).row().id());
        }
        if (walk.firstBroken != null) {
            return new Result(false, walk.entries, walk.firstBroken, head.lastHash());
        }
        boolean endsAtHead = walk.lastId == head.lastId() && walk.lastHash.equals(head.lastHash());
        Long missing = endsAtHead || head.lastId() <= 0 ? null : head.lastId();
        return new Result(endsAtHead, walk.entries, missing, head.lastHash());
    }

    private record Head(long lastId, String lastHash) {}

    private List<Stored> page(long after) {
        List<Stored> rows = new ArrayList<>();
        jdbc.query(
                "select " + AuditChainHash.COLUMNS + " from audit_entry where id > ? order by id limit " + PAGE,
                rs -> {
                    rows.add(new Stored(AuditChainHash.read(rs), rs.getString("chain_hash")));
                },
                after);
        return rows;
    }

    private record Stored(AuditChainHash.Row row, String hash) {}

    private static final class Walk {

        private final long headId;
        private long entries;
        private long lastId;
        private String lastHash = AuditChainHash.GENESIS;
        private Long firstBroken;

        Walk(long headId) {
            this.headId = headId;
        }

        void next(Stored stored) {
            entries++;
            boolean fits = AuditChainHash.of(lastHash, stored.row()).equals(stored.hash())
                    && stored.row().id() <= headId;
            if (!fits && firstBroken == null) {
                firstBroken = stored.row().id();
            }
            // Go on from the hash as stored, so that one broken entry is not reported for all that follow.
            lastHash = stored.hash() == null ? "" : stored.hash();
            lastId = stored.row().id();
        }
    }
}

package it.zona.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * The hash that links an entry to the one before it: SHA-256 over the previous hash and every column
 * of the entry, each written as its length and its UTF-8 bytes (-1 for null), so that no two
 * different entries encode alike ("ab","c" is not "a","bc"). The time is UTC ISO-8601 at the
 * database's precision, microseconds.
 */
final class AuditChainHash {

    /** The hash "before" the first entry. */
    static final String GENESIS = "0".repeat(64);

    /** Names the encoding, so that a future one can be told apart. */
    private static final String FORMAT = "zona-audit-chain-1";

    private AuditChainHash() {}

    /** One entry as stored: every column but the hash itself. */
    record Row(
            long id,
            Instant occurredAt,
            String actor,
            Long districtId,
            String entityType,
            String entityId,
            String action,
            String reason,
            String beforeState,
            String afterState) {

        Row withId(long id) {
            return new Row(
                    id, occurredAt, actor, districtId, entityType, entityId, action, reason, beforeState, afterState);
        }
    }

    /** The columns {@link #read} takes, in the order of an insert. */
    static final String COLUMNS = "id, occurred_at, actor, district_id, entity_type, entity_id, action, reason, "
            + "before_state, after_state, chain_hash";

    static Row read(ResultSet rs) throws SQLException {
        Long districtId = rs.getLong("district_id");
        if (rs.wasNull()) {
            districtId = null;
        }
        return new Row(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                districtId,
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("action"),
                rs.getString("reason"),
                rs.getString("before_state"),
                rs.getString("after_state"));
    }

    static String of(String previousHash, Row row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, FORMAT);
            write(out, previousHash);
            write(out, Long.toString(row.id()));
            write(out, row.occurredAt().toString());
            write(out, row.actor());
            write(out, row.districtId() == null ? null : row.districtId().toString());
            write(out, row.entityType());
            write(out, row.entityId());
            write(out, row.action());
            write(out, row.reason());
            write(out, row.beforeState());
            write(out, row.afterState());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

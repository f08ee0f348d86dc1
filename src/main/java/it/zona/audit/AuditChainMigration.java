package it.zona.audit;

import it.zona.shared.OneTimeMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 25.2: chains the entries written before the log had a chain, in the order of their ids,
 * and moves the chain's head to the last of them. The chain vouches for these entries as they stood
 * at this migration (the "genesis"): what happened to them before cannot be known. Plain JDBC, a
 * page of rows at a time, as it runs before JPA is up and the log may be long.
 */
@Component
class AuditChainMigration extends OneTimeMigration {

    private static final int PAGE = 500;

    AuditChainMigration() {
        super("25.2", "chain existing audit entries");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        long lastId = 0;
        String lastHash = AuditChainHash.GENESIS;
        List<AuditChainHash.Row> page = page(connection, Long.MIN_VALUE);
        while (!page.isEmpty()) {
            try (PreparedStatement update =
                    connection.prepareStatement("update audit_entry set chain_hash = ? where id = ?")) {
                for (AuditChainHash.Row row : page) {
                    lastHash = AuditChainHash.of(lastHash, row);
                    lastId = row.id();
                    update.setString(1, lastHash);
                    update.setLong(2, lastId);
                    update.addBatch();
                }
                update.executeBatch();
            }
            page = page(connection, lastId);
        }
        try (PreparedStatement head =
                connection.prepareStatement("update audit_chain set last_id = ?, last_hash = ? where id = 1")) {
            head.setLong(1, lastId);
            head.setString(2, lastHash);
            head.executeUpdate();
        }
    }

    private static List<AuditChainHash.Row> page(Connection connection, long after) throws Exception {
        List<AuditChainHash.Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + AuditChainHash.COLUMNS + " from audit_entry where id > ? order by id limit " + PAGE)) {
            select.setLong(1, after);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(AuditChainHash.read(rs));
                }
            }
        }
        return rows;
    }
}

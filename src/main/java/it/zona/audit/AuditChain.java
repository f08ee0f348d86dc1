package it.zona.audit;

import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries to the chain. The writer locks the chain's one head row, so entries are chained
 * one after the other whichever node writes them, and it does so just before its transaction
 * commits: the lock is then held for an instant, and taken after every other lock of the change, so
 * that two changes never wait for each other through it. An entry still commits or rolls back with
 * its change.
 */
@Component
class AuditChain {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    AuditChain(JdbcTemplate jdbc, EntityManager entityManager, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** Chains the entry (whose id is not known yet) when the current transaction commits, or at once. */
    void append(AuditChainHash.Row entry) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            transactions.executeWithoutResult(status -> write(List.of(entry)));
            return;
        }
        // Looked for among the current transaction's synchronizations, which an inner (REQUIRES_NEW)
        // transaction does not share: its entries commit with it, not with the transaction around it.
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance)
                .map(Pending.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    Pending first = new Pending();
                    TransactionSynchronizationManager.registerSynchronization(first);
                    return first;
                });
        pending.entries.add(entry);
    }

    private void write(List<AuditChainHash.Row> entries) {
        Head head = jdbc.queryForObject(
                "select last_id, last_hash from audit_chain where id = 1 for update",
                (rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")));
        long id = head.lastId();
        String hash = head.lastHash();
        List<Object[]> rows = new ArrayList<>();
        for (AuditChainHash.Row entry : entries) {
            AuditChainHash.Row row = entry.withId(++id);
            hash = AuditChainHash.of(hash, row);
            rows.add(new Object[] {
                row.id(),
                row.occurredAt().atOffset(ZoneOffset.UTC),
                row.actor(),
                row.districtId(),
                row.entityType(),
                row.entityId(),
                row.action(),
                row.reason(),
                row.beforeState(),
                row.afterState(),
                hash
            });
        }
        jdbc.batchUpdate(
                "insert into audit_entry (" + AuditChainHash.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.update("update audit_chain set last_id = ?, last_hash = ? where id = 1", id, hash);
    }

    private record Head(long lastId, String lastHash) {}

    /** The entries of one transaction, in the order of their changes. */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditChainHash.Row> entries = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            // The change's own rows first, so that the head is the last lock this transaction takes.
            entityManager.flush();
            write(entries);
        }
    }
}

package it.zona.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.shared.EntityChanged;
import it.zona.support.Fixtures;
import it.zona.support.ZonaIntegrationTest;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log is a hash chain: what is done to its rows behind the application's back, by someone
 * who owns the table and can lift its triggers, shows in the verification. Each case puts the log
 * back as it was, since every test shares the database and its one chain.
 */
@ZonaIntegrationTest
class AuditChainTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditVerification verification;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theChainOfEveryChangeIsIntactAndThePlatformAdminReadsItThroughTheApi() throws Exception {
        fixtures.district();
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        mvc.perform(get("/api/v1/audit/verification")
                        .header("Authorization", fixtures.platformAdmin().bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value(entries))
                .andExpect(jsonPath("$", hasKey("firstBroken")))
                .andExpect(jsonPath("$.firstBroken", nullValue()))
                .andExpect(jsonPath("$.lastHash").value(lastHash()));
    }

    @Test
    void anAlteredEntryIsFoundAndNamed() {
        long id = someEntry();
        String actor = jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, id);
        withoutAppendOnlyTrigger(() -> jdbc.update("update audit_entry set actor = 'mallory' where id = ?", id));
        try {
            assertThat(verify()).isEqualTo(broken(id));
        } finally {
            withoutAppendOnlyTrigger(() -> jdbc.update("update audit_entry set actor = ? where id = ?", actor, id));
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheNextOne() {
        long id = someEntry();
        Stored removed = stored(id);
        long next = jdbc.queryForObject("select min(id) from audit_entry where id > ?", Long.class, id);
        withoutAppendOnlyTrigger(() -> jdbc.update("delete from audit_entry where id = ?", id));
        try {
            assertThat(verify()).isEqualTo(broken(next));
        } finally {
            insert(removed.row(), removed.hash());
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theLastEntryRemovedIsMissedByTheChainsHead() {
        long last = changeOutsideAnyDistrict();
        Stored removed = stored(last);
        withoutAppendOnlyTrigger(() -> jdbc.update("delete from audit_entry where id = ?", last));
        try {
            assertThat(verify()).isEqualTo(broken(last));
        } finally {
            insert(removed.row(), removed.hash());
        }
        assertThat(verify().intact()).isTrue();
    }

    /** Even rightly chained after the last entry, with the hash recomputed, a forged entry does not fit. */
    @Test
    void aForgedEntryWithAnOldDateIsFound() {
        long last = changeOutsideAnyDistrict();
        long forged = last + 1;
        AuditChainHash.Row row = new AuditChainHash.Row(
                forged,
                Instant.parse("2019-03-01T09:00:00Z"),
                "ufficio.poggiardo",
                null,
                "Organization",
                "1",
                "DELETED",
                null,
                "{\"name\":\"Cooperativa scomoda\"}",
                null);
        insert(row, AuditChainHash.of(stored(last).hash(), row));
        try {
            assertThat(verify()).isEqualTo(broken(forged));
        } finally {
            withoutAppendOnlyTrigger(() -> jdbc.update("delete from audit_entry where id = ?", forged));
        }
        assertThat(verify().intact()).isTrue();
    }

    /** Chained from the start, it fits, but the true first entry no longer does. */
    @Test
    void anEntrySlippedInBeforeTheFirstIsFound() {
        long first = jdbc.queryForObject("select min(id) from audit_entry", Long.class);
        AuditChainHash.Row row = new AuditChainHash.Row(
                first - 1000,
                Instant.parse("2015-06-01T08:00:00Z"),
                "admin",
                null,
                "District",
                "1",
                "CREATED",
                null,
                null,
                "{\"name\":\"Ambito antico\"}");
        insert(row, AuditChainHash.of(AuditChainHash.GENESIS, row));
        try {
            assertThat(verify()).isEqualTo(broken(first));
        } finally {
            withoutAppendOnlyTrigger(() -> jdbc.update("delete from audit_entry where id = ?", first - 1000));
        }
        assertThat(verify().intact()).isTrue();
    }

    /** Run again over the log as it stands, migration 25.2 writes the very hashes the application wrote. */
    @Test
    void theMigrationChainsExistingEntriesAsTheApplicationDoes() {
        changeOutsideAnyDistrict();
        String head = lastHash();
        withoutAppendOnlyTrigger(() -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            try {
                new AuditChainMigration().migrate(new Context() {
                    @Override
                    public Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public Connection getConnection() {
                        return connection;
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        }));
        assertThat(lastHash()).isEqualTo(head);
        assertThat(verify().intact()).isTrue();
    }

    /** Mail delivery, say, writes in a transaction of its own while another one is open. */
    @Test
    void aChangeInAnInnerTransactionIsRecordedWithItWhateverBecomesOfTheOuterOne() {
        String outerId = Fixtures.unique();
        String innerId = Fixtures.unique();
        TransactionTemplate inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transactions.executeWithoutResult(outer -> {
            events.publishEvent(EntityChanged.created(null, "ChainTest", outerId, Map.of("n", outerId)));
            inner.executeWithoutResult(status ->
                    events.publishEvent(EntityChanged.created(null, "ChainTest", innerId, Map.of("n", innerId))));
            outer.setRollbackOnly();
        });
        assertThat(jdbc.queryForList(
                        "select entity_id from audit_entry where entity_id in (?, ?)", String.class, outerId, innerId))
                .containsExactly(innerId);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void parallelWritersAreChainedOneAfterTheOther() throws Exception {
        long before = verify().entries();
        int writers = 8;
        int changesEach = 5;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < changesEach; i++) {
                        String id = writer + "-" + i;
                        transactions.executeWithoutResult(status -> {
                            events.publishEvent(EntityChanged.created(null, "ChainTest", id, Map.of("n", id)));
                            events.publishEvent(EntityChanged.updated(
                                    null, "ChainTest", id, Map.of("n", id), Map.of("n", id + "'")));
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        AuditVerification.Result after = verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.entries()).isEqualTo(before + 2L * writers * changesEach);
    }

    @Test
    void postgresqlRefusesToTruncateTheLog() {
        assumeThat(database()).isEqualTo("PostgreSQL");
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_chain")).hasMessageContaining("cannot be removed");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class))
                .isEqualTo(entries);
    }

    @Test
    void thePlatformAdminFindsTheVerificationFromTheLogItReads() {
        var browser = fixtures.signIn(Fixtures.PLATFORM_ADMIN, Fixtures.DEMO_PASSWORD);
        Document log = browser.open("/districts/poggiardo/audit");
        assertThat(log.select("a[href=/audit/verification]")).hasSize(1);
        Document page = browser.open("/audit/verification");
        assertThat(page.select("[role=status]").text()).contains("integro");
        assertThat(page.select("code").text()).isEqualTo(lastHash());
    }

    @Test
    void aDistrictAdminMayNotVerifyTheWholeLog() throws Exception {
        mvc.perform(get("/api/v1/audit/verification")
                        .header("Authorization", fixtures.district().admin().bearer()))
                .andExpect(status().isForbidden());
    }

    private AuditVerification.Result verify() {
        return fixtures.asPlatformAdmin(verification::verify);
    }

    private AuditVerification.Result broken(long firstBroken) {
        AuditVerification.Result now = verify();
        return new AuditVerification.Result(false, now.entries(), firstBroken, lastHash());
    }

    private String lastHash() {
        return jdbc.queryForObject("select last_hash from audit_chain", String.class);
    }

    /** An entry with others after it. */
    private long someEntry() {
        long id = changeOutsideAnyDistrict();
        changeOutsideAnyDistrict();
        return id;
    }

    /** A change of the application, hence the chain's newest entry; answers its id. */
    private long changeOutsideAnyDistrict() {
        String id = Fixtures.unique();
        transactions.executeWithoutResult(
                status -> events.publishEvent(EntityChanged.created(null, "ChainTest", id, Map.of("n", id))));
        return jdbc.queryForObject("select last_id from audit_chain", Long.class);
    }

    private record Stored(AuditChainHash.Row row, String hash) {}

    private Stored stored(long id) {
        return jdbc.queryForObject(
                "select " + AuditChainHash.COLUMNS + " from audit_entry where id = ?",
                (rs, n) -> new Stored(AuditChainHash.read(rs), rs.getString("chain_hash")),
                id);
    }

    /** A plain INSERT, as an intruder (or the restoring test) writes it: no trigger stops an insert. */
    private void insert(AuditChainHash.Row row, String hash) {
        jdbc.update(
                "insert into audit_entry (" + AuditChainHash.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                hash);
    }

    /** What the table's owner may do: lift the append-only trigger, and put it back. */
    private void withoutAppendOnlyTrigger(Runnable tampering) {
        boolean postgresql = database().equals("PostgreSQL");
        jdbc.execute(
                postgresql
                        ? "alter table audit_entry disable trigger audit_entry_append_only"
                        : "drop trigger audit_entry_append_only");
        try {
            tampering.run();
        } finally {
            jdbc.execute(
                    postgresql
                            ? "alter table audit_entry enable trigger audit_entry_append_only"
                            : "create trigger audit_entry_append_only before update, delete on audit_entry "
                                    + "for each row call 'it.zona.audit.H2AppendOnlyTrigger'");
        }
    }

    private String database() {
        return jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName());
    }
}

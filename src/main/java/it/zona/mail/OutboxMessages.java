package it.zona.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessages extends JpaRepository<OutboxMessage, Long>, JpaSpecificationExecutor<OutboxMessage> {

    /**
     * Takes an attempt on a message: succeeds (answers 1) only if no one else took one since its
     * {@code attempts} were read, so two nodes never send the same message at once.
     */
    @Modifying
    @Query("""
            update OutboxMessage m set m.attempts = m.attempts + 1, m.lastAttemptAt = :now
            where m.id = :id and m.attempts = :attempts and m.status in :awaiting""")
    int claim(long id, int attempts, Instant now, Collection<OutboxStatus> awaiting);

    /** Messages still to be sent whose last attempt (or creation) is older than {@code before}, oldest first. */
    @Query("""
            select m.id from OutboxMessage m
            where m.status in :awaiting and m.attempts < :maxAttempts
              and coalesce(m.lastAttemptAt, m.createdAt) < :before
            order by m.createdAt, m.id""")
    List<Long> due(Collection<OutboxStatus> awaiting, int maxAttempts, Instant before, Limit limit);

    @Modifying
    @Query("delete from OutboxMessage m where m.status = it.zona.mail.OutboxStatus.SENT and m.sentAt < :before")
    int deleteSentBefore(Instant before);
}

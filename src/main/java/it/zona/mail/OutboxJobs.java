package it.zona.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's scheduled work, on one node at a time: retrying what could not be sent, and
 * forgetting sent mail after the retention period (it holds personal data: GDPR art. 5(1)(e)).
 */
@Component
class OutboxJobs {

    /**
     * A message is retried only this long after its last attempt: a message just written is being
     * sent by the node that wrote it, and a server that refused one needs a moment.
     */
    static final Duration PAUSE = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(OutboxJobs.class);

    private final Delivery delivery;
    private final OutboxMessages messages;
    private final Clock clock;
    private final Duration retention;

    OutboxJobs(
            Delivery delivery,
            OutboxMessages messages,
            Clock clock,
            @Value("${zona.mail.retention}") Duration retention) {
        this.delivery = delivery;
        this.messages = messages;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.MINUTES)
    @SchedulerLock(name = "mail-retry", lockAtMostFor = "PT10M")
    public void retry() {
        delivery.retry(clock.instant().minus(PAUSE));
    }

    @Scheduled(cron = "0 47 3 * * *", zone = "Europe/Rome")
    @SchedulerLock(name = "mail-retention", lockAtMostFor = "PT10M")
    @Transactional
    public void forgetSent() {
        int deleted = messages.deleteSentBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Outbox: deleted {} mail sent more than {} ago", deleted, retention);
        }
    }
}

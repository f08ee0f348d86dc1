package it.zona.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's messages over SMTP. A new message is sent right after its transaction commits,
 * on another thread so that the user's request never waits for the mail server; what fails, or
 * what a stopping node left behind, is picked up again by {@link OutboxJobs}. Without an SMTP
 * server ({@code spring.mail.host} unset) messages are held in the outbox instead.
 */
@Component
class Delivery {

    static final int MAX_ATTEMPTS = 5;
    private static final List<OutboxStatus> AWAITING = List.of(OutboxStatus.PENDING, OutboxStatus.FAILED);
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final OutboxMessages messages;
    private final Optional<JavaMailSender> sender;
    private final Executor executor;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    Delivery(
            OutboxMessages messages,
            Optional<JavaMailSender> sender,
            @Qualifier("applicationTaskExecutor") Executor executor,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${zona.mail.from}") String from) {
        this.messages = messages;
        this.sender = sender;
        this.executor = executor;
        // Its own transactions: delivery runs after the sender's transaction has ended.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
    }

    boolean smtpConfigured() {
        return sender.isPresent();
    }

    @TransactionalEventListener
    void afterCommit(MailQueued queued) {
        try {
            executor.execute(() -> deliver(queued.id()));
        } catch (TaskRejectedException e) {
            log.warn("Mail {} not sent now (the node is stopping); it will be retried", queued.id());
        }
    }

    /** Sends (or holds) the messages whose last attempt is older than {@code before}, oldest first. */
    void retry(Instant before) {
        List<Long> due = inTransaction(() -> messages.due(AWAITING, MAX_ATTEMPTS, before, Limit.of(BATCH)));
        due.forEach(this::deliver);
    }

    /** One attempt at one message, if it still awaits one and nobody else is making it. */
    void deliver(long id) {
        OutboxMessage message = inTransaction(() -> messages.findById(id).orElse(null));
        if (message == null || !message.awaitsDelivery()) {
            return;
        }
        if (sender.isEmpty()) {
            hold(id);
            return;
        }
        boolean claimed = inTransaction(() -> messages.claim(id, message.attempts(), clock.instant(), AWAITING) == 1);
        if (claimed) {
            String error = send(sender.get(), message.mail());
            inTransaction(() -> {
                OutboxMessage outcome = messages.findById(id).orElseThrow();
                if (error == null) {
                    outcome.sent(clock.instant());
                } else {
                    outcome.failed(error);
                    log.warn("Mail {} not sent (attempt {}): {}", id, outcome.attempts(), error);
                }
                return null;
            });
        }
    }

    /** Sends the mail; answers null, or why it could not be sent in one line, without a stack trace. */
    private String send(JavaMailSender smtp, Mail mail) {
        try {
            smtp.send(mime -> MimeMail.write(mime, mail, from, clock.instant()));
            return null;
        } catch (MailException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
            return (cause.getClass().getSimpleName() + message).replaceAll("\\s+", " ");
        }
    }

    private void hold(long id) {
        inTransaction(() -> {
            OutboxMessage message = messages.findById(id).orElseThrow();
            if (message.awaitsDelivery()) {
                message.hold();
                log.info(
                        "Mail {} to {} held in the outbox: no SMTP server is configured (spring.mail.host)",
                        id,
                        message.recipient());
            }
            return null;
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}

package it.zona.mail;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail on behalf of the other modules. A mail is recorded in the outbox within the
 * caller's transaction and delivered only after it commits: a change that rolls back sends nothing,
 * and a mail the SMTP server refuses is not lost but retried.
 */
@Service
public class Mailer {

    private final OutboxMessages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Mailer(OutboxMessages messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Records the mail in the outbox within the caller's transaction; it is delivered after commit. */
    @Transactional
    public void send(Mail mail) {
        OutboxMessage message = messages.save(new OutboxMessage(mail, clock.instant()));
        events.publishEvent(new MailQueued(message.id()));
    }
}

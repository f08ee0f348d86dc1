package it.zona.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A mail in the outbox, with the outcome of its delivery. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long districtId;
    private String recipient;
    private String subject;

    @Column(name = "body")
    private String text;

    private String calendarMethod;
    private String calendarContent;

    // Read with the message: delivery takes the mail out of the transaction that read it.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outbox_attachment", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position")
    private List<StoredAttachment> attachments = new ArrayList<>();

    private boolean confidential;
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private int attempts;
    private Instant lastAttemptAt;
    private Instant sentAt;
    private String lastError;

    protected OutboxMessage() {}

    OutboxMessage(Mail mail, Instant createdAt) {
        this.districtId = mail.districtId();
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.text = mail.text();
        this.confidential = mail.confidential();
        if (mail.calendar() != null) {
            this.calendarMethod = mail.calendar().method();
            this.calendarContent = mail.calendar().content();
        }
        mail.attachments().forEach(a -> attachments.add(StoredAttachment.of(a)));
        this.createdAt = createdAt;
        this.status = OutboxStatus.PENDING;
    }

    /** Only messages waiting for an attempt may be sent, held or retried. */
    boolean awaitsDelivery() {
        return status == OutboxStatus.PENDING || status == OutboxStatus.FAILED;
    }

    void sent(Instant at) {
        requireAwaiting();
        status = OutboxStatus.SENT;
        sentAt = at;
        lastError = null;
        if (confidential) {
            // Delivered: nothing needs the credentials any more, so nothing keeps them.
            text = "";
        }
    }

    void failed(String error) {
        requireAwaiting();
        status = OutboxStatus.FAILED;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "…" : error;
    }

    void hold() {
        requireAwaiting();
        status = OutboxStatus.HELD;
    }

    private void requireAwaiting() {
        if (!awaitsDelivery()) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not awaiting delivery");
        }
    }

    Mail mail() {
        return new Mail(
                districtId,
                recipient,
                subject,
                text,
                calendarMethod == null ? null : new CalendarPart(calendarMethod, calendarContent),
                attachments.stream().map(StoredAttachment::attachment).toList(),
                confidential);
    }

    OutboxMessageView view() {
        return new OutboxMessageView(
                id,
                districtId,
                recipient,
                subject,
                confidential ? null : text,
                confidential,
                calendarMethod,
                calendarContent,
                attachments.stream().map(StoredAttachment::fileName).toList(),
                status,
                attempts,
                createdAt,
                lastAttemptAt,
                sentAt,
                lastError);
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    int attempts() {
        return attempts;
    }

    OutboxStatus status() {
        return status;
    }
}

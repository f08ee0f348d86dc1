package it.zona.participation.calls;

import it.zona.shared.RuleViolationException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One organisation invited to one call, with the SHA-256 of its personal link's token (the token
 * itself is only in the e-mail). A reminder changes the token: the old link stops working.
 */
@Entity
@Table(name = "call_invitation")
class Invitation {

    /** An organisation is reminded at most once in this time. */
    static final Duration REMINDER_INTERVAL = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callId;
    private Long organizationId;
    private String tokenHash;
    private String sentTo;
    private Instant invitedAt;
    private String invitedBy;
    private Instant lastReminderAt;
    private int reminders;

    @Version
    private long version;

    protected Invitation() {}

    Invitation(long callId, long organizationId, String tokenHash, String sentTo, Instant invitedAt, String invitedBy) {
        this.callId = callId;
        this.organizationId = organizationId;
        this.tokenHash = tokenHash;
        this.sentTo = sentTo;
        this.invitedAt = invitedAt;
        this.invitedBy = invitedBy;
    }

    /** The next reminder may go from then on. */
    Instant nextReminderFrom() {
        return lastReminderAt == null ? invitedAt : lastReminderAt.plus(REMINDER_INTERVAL);
    }

    /** Records a reminder with a new token, unless one went less than a day ago. */
    void remind(String newTokenHash, String address, Instant now) {
        if (lastReminderAt != null && now.isBefore(nextReminderFrom())) {
            throw RuleViolationException.conflict(
                    null,
                    "error.invitation.remindedToday",
                    CallTimes.format(lastReminderAt),
                    CallTimes.format(nextReminderFrom()));
        }
        this.tokenHash = newTokenHash;
        this.sentTo = address;
        this.lastReminderAt = now;
        this.reminders++;
    }

    Long id() {
        return id;
    }

    long callId() {
        return callId;
    }

    long organizationId() {
        return organizationId;
    }

    String sentTo() {
        return sentTo;
    }

    Instant invitedAt() {
        return invitedAt;
    }

    String invitedBy() {
        return invitedBy;
    }

    Instant lastReminderAt() {
        return lastReminderAt;
    }

    int reminders() {
        return reminders;
    }

    long version() {
        return version;
    }
}

package it.zona.participation.calls;

import it.zona.participation.tables.Representative;
import it.zona.programme.Named;
import it.zona.shared.PlainText;
import it.zona.shared.RuleViolationException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An organisation names its representative (and perhaps a substitute) at one table of a call. A
 * nomination is never rewritten: a new representative supersedes it in a new row that points back
 * to it, and the office's decision is recorded with who took it and, for a refusal, why.
 */
@Entity
@Table(name = "nomination")
class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callId;
    private Long invitationId;
    private Long organizationId;
    private Long tableId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "representative_name")),
        @AttributeOverride(name = "role", column = @Column(name = "representative_role")),
        @AttributeOverride(name = "email", column = @Column(name = "representative_email")),
        @AttributeOverride(name = "phone", column = @Column(name = "representative_phone"))
    })
    private Representative representative;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "substitute_name")),
        @AttributeOverride(name = "role", column = @Column(name = "substitute_role")),
        @AttributeOverride(name = "email", column = @Column(name = "substitute_email")),
        @AttributeOverride(name = "phone", column = @Column(name = "substitute_phone"))
    })
    private Representative substitute;

    @Enumerated(EnumType.STRING)
    private NominationStatus status = NominationStatus.SUBMITTED;

    private Instant submittedAt;

    /** The staff member who recorded a nomination received otherwise (by PEC); null when sent through the link. */
    private String submittedBy;

    private Long supersedesId;
    private Instant decidedAt;
    private String decidedBy;
    private String reason;

    @Version
    private long version;

    protected Nomination() {}

    Nomination(
            Invitation invitation,
            long tableId,
            Representative representative,
            Representative substitute,
            Instant submittedAt,
            String submittedBy,
            Long supersedesId) {
        this.callId = invitation.callId();
        this.invitationId = invitation.id();
        this.organizationId = invitation.organizationId();
        this.tableId = tableId;
        this.representative = representative;
        this.substitute = substitute;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.supersedesId = supersedesId;
    }

    /** Whether it still holds the organisation's place at the table: waiting or accepted. */
    boolean isCurrent() {
        return status == NominationStatus.SUBMITTED || status == NominationStatus.ACCEPTED;
    }

    void accept(Instant now, String by) {
        decide(NominationStatus.ACCEPTED, now, by, null);
    }

    void reject(String reason, Instant now, String by) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.invalid("reason", "error.nomination.reasonRequired");
        }
        PlainText.require("reason", reason);
        if (reason.strip().length() > 1000) {
            throw RuleViolationException.invalid("reason", "error.nomination.reasonTooLong");
        }
        decide(NominationStatus.REJECTED, now, by, reason.strip());
    }

    void withdraw(Instant now) {
        decide(NominationStatus.WITHDRAWN, now, null, null);
    }

    void supersede(Instant now) {
        decide(NominationStatus.SUPERSEDED, now, null, null);
    }

    /** Only a nomination waiting for the office can be decided, withdrawn or replaced. */
    private void decide(NominationStatus next, Instant now, String by, String why) {
        if (status != NominationStatus.SUBMITTED) {
            throw RuleViolationException.conflict(null, "error.nomination.notPending");
        }
        status = next;
        decidedAt = now;
        decidedBy = by;
        reason = why;
    }

    NominationView view(String organizationName, String tableName) {
        return new NominationView(
                id,
                callId,
                invitationId,
                new Named(organizationId, organizationName),
                new Named(tableId, tableName),
                representative,
                substitute,
                status,
                submittedAt,
                submittedBy,
                supersedesId,
                decidedAt,
                decidedBy,
                reason,
                version);
    }

    Long id() {
        return id;
    }

    long callId() {
        return callId;
    }

    long invitationId() {
        return invitationId;
    }

    long organizationId() {
        return organizationId;
    }

    long tableId() {
        return tableId;
    }

    Representative representative() {
        return representative;
    }

    Representative substitute() {
        return substitute;
    }

    NominationStatus status() {
        return status;
    }

    long version() {
        return version;
    }
}

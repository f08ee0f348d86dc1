package it.zona.sitting.minutes;

import it.zona.shared.RuleViolationException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The minutes (verbale) of one sitting. The office drafts them once the sitting has decided, and
 * annotates the draft; they are approved as the minutes of a table are, at a later sitting of the
 * same body or by its president, and from then on never change (the database refuses it too): the
 * facts as approved are kept with them ({@code content}), and their PDF/A apart.
 */
@Entity
@Table(name = "sitting_minutes")
class SittingMinutes {

    enum Status {
        DRAFT,
        APPROVED
    }

    @Id
    private Long sittingId;

    private Long districtId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String notes;

    /** The facts of the sitting as approved, as JSON; none while a draft reads them from the sitting. */
    private String content;

    private Instant approvedAt;
    private Long approvedAtSitting;
    private String approvedByPresident;
    private String approvedRecordedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected SittingMinutes() {}

    SittingMinutes(long sittingId, long districtId, String notes, Instant now) {
        this.sittingId = sittingId;
        this.districtId = districtId;
        this.status = Status.DRAFT;
        this.notes = notes;
        this.updatedAt = now;
    }

    void annotate(String newNotes, Instant now) {
        requireDraft();
        this.notes = newNotes;
        this.updatedAt = now;
    }

    /**
     * Approval, at a later sitting of the body ({@code atSitting}) or by its president, in the one
     * update that also sets the status: the row is frozen from then on.
     */
    void approve(Long atSitting, String president, String content, String recordedBy, Instant now) {
        requireDraft();
        if ((atSitting == null) == (president == null)) {
            throw new IllegalArgumentException("Approved either at a sitting or by the president");
        }
        this.status = Status.APPROVED;
        this.approvedAtSitting = atSitting;
        this.approvedByPresident = president;
        this.content = content;
        this.approvedRecordedBy = recordedBy;
        this.approvedAt = now;
        this.updatedAt = now;
    }

    private void requireDraft() {
        if (status == Status.APPROVED) {
            throw RuleViolationException.conflict(null, "error.sittingMinutes.approved");
        }
    }

    boolean approved() {
        return status == Status.APPROVED;
    }

    long sittingId() {
        return sittingId;
    }

    long districtId() {
        return districtId;
    }

    Status status() {
        return status;
    }

    String notes() {
        return notes;
    }

    String content() {
        return content;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    Long approvedAtSitting() {
        return approvedAtSitting;
    }

    String approvedByPresident() {
        return approvedByPresident;
    }

    long version() {
        return version;
    }
}

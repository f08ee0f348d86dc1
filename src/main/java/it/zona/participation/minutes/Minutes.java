package it.zona.participation.minutes;

import it.zona.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a meeting's minutes (verbale). It is written as a draft, circulated to the members
 * for remarks until a deadline, and approved at a later meeting or by the tables' coordinator (before
 * the deadline only by closing the remarks period early, which the version then shows); an
 * approved version is never changed (the database refuses it too), a correction is a new version.
 */
@Entity
@Table(name = "meeting_minutes")
class Minutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MinutesStatus status;

    private Long meetingId;
    private Long districtId;

    @Column(name = "version_no")
    private int number;

    private Long previousId;
    private String body;
    private Instant circulatedAt;
    private LocalDate remarksUntil;
    private Instant approvedAt;

    @Column(name = "approved_by_meeting")
    private Long approvedAtMeeting;

    @Column(name = "approved_by_coordinator")
    private String approvedByCoordinator;

    private String approvedRecordedBy;

    /** The day the remarks period ended before its deadline, by approval; null if it ran its course. */
    private LocalDate remarksClosedOn;

    /** Why the coordinator closed it early; null when a meeting's approval closed it. */
    private String remarksClosedReason;

    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "meeting_minutes_decision", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> decisions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_minutes_attendance", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderColumn(name = "position")
    private List<MinutesAttendanceLine> attendance = new ArrayList<>();

    @Version
    private long version;

    protected Minutes() {}

    Minutes(
            long meetingId,
            long districtId,
            int number,
            Long previousId,
            String body,
            List<String> decisions,
            Instant now) {
        this.status = MinutesStatus.DRAFT;
        this.meetingId = meetingId;
        this.districtId = districtId;
        this.number = number;
        this.previousId = previousId;
        this.body = body;
        this.decisions.addAll(decisions);
        this.updatedAt = now;
    }

    /** The office amends the text: until approval, so the remarks can be taken in. */
    void amend(String newBody, List<String> newDecisions, Instant now) {
        requireOpen();
        this.body = newBody;
        if (!decisions.equals(newDecisions)) {
            decisions.clear();
            decisions.addAll(newDecisions);
        }
        this.updatedAt = now;
    }

    void circulate(LocalDate until, LocalDate today, Instant now) {
        if (!mayBeCirculated()) {
            throw RuleViolationException.conflict("status", "error.minutes.notDraft", status.name());
        }
        if (until.isBefore(today)) {
            throw RuleViolationException.invalid("remarksUntil", "error.minutes.deadlinePast");
        }
        this.status = MinutesStatus.CIRCULATED;
        this.circulatedAt = now;
        this.remarksUntil = until;
        this.updatedAt = now;
    }

    /**
     * Approval in the one update that also sets the status: the row is frozen from then on. While
     * the members may still send remarks, approving closes that period early, and says so: the
     * coordinator, one person deciding for the tables, must give the reason ({@code
     * earlyClosingReason}); a later meeting is the members themselves deciding together, so its
     * approval is the reason.
     */
    void approve(
            Long atMeeting,
            String coordinator,
            String earlyClosingReason,
            String recordedBy,
            List<MinutesAttendanceLine> lines,
            LocalDate today,
            Instant now) {
        if (!mayBeApproved()) {
            throw RuleViolationException.conflict("status", "error.minutes.notCirculated", status.name());
        }
        if (isOpenForRemarks(today)) {
            String reason =
                    earlyClosingReason == null || earlyClosingReason.isBlank() ? null : earlyClosingReason.strip();
            if (atMeeting == null && reason == null) {
                throw RuleViolationException.invalid(
                        "earlyClosingReason", "error.minutes.remarksStillOpen", remarksUntil);
            }
            this.remarksClosedOn = today;
            this.remarksClosedReason = atMeeting == null ? reason : null;
        }
        this.status = MinutesStatus.APPROVED;
        this.approvedAtMeeting = atMeeting;
        this.approvedByCoordinator = coordinator;
        this.approvedRecordedBy = recordedBy;
        this.approvedAt = now;
        this.updatedAt = now;
        this.attendance.addAll(lines);
    }

    /** A draft goes out to the members for their remarks; after that the text changes only by amendment. */
    boolean mayBeCirculated() {
        return status == MinutesStatus.DRAFT;
    }

    /** Only a circulated version is approved: the members must have seen it. */
    boolean mayBeApproved() {
        return status == MinutesStatus.CIRCULATED;
    }

    /** Remarks are taken while the version is circulated, until its deadline (included). */
    boolean isOpenForRemarks(LocalDate today) {
        return status == MinutesStatus.CIRCULATED && !today.isAfter(remarksUntil);
    }

    void requireOpenForRemarks(LocalDate today) {
        if (status != MinutesStatus.CIRCULATED) {
            throw RuleViolationException.conflict(null, "error.minutes.notCirculated", status.name());
        }
        if (!isOpenForRemarks(today)) {
            throw RuleViolationException.invalid("text", "error.minutes.remarksClosed", remarksUntil);
        }
    }

    /**
     * An approved version is corrected by a new version, never changed: only the newest, and only
     * when every version of the meeting is approved (one open correction at a time). {@code
     * versions} are the meeting's, newest first.
     */
    boolean mayBeCorrected(List<Minutes> versions) {
        return approved()
                && versions.stream().allMatch(Minutes::approved)
                && versions.get(0).number() == number;
    }

    void requireCorrectable(List<Minutes> versions) {
        if (!approved()) {
            throw RuleViolationException.conflict(null, "error.minutes.correctOnlyApproved");
        }
        if (!versions.stream().allMatch(Minutes::approved)) {
            throw RuleViolationException.conflict(null, "error.minutes.openVersion");
        }
        if (versions.get(0).number() != number) {
            throw RuleViolationException.conflict(
                    null, "error.minutes.notLatest", versions.get(0).number());
        }
    }

    void requireOpen() {
        if (status == MinutesStatus.APPROVED) {
            throw RuleViolationException.conflict(null, "error.minutes.approved", number);
        }
    }

    boolean approved() {
        return status == MinutesStatus.APPROVED;
    }

    Long id() {
        return id;
    }

    MinutesStatus status() {
        return status;
    }

    long meetingId() {
        return meetingId;
    }

    long districtId() {
        return districtId;
    }

    int number() {
        return number;
    }

    Long previousId() {
        return previousId;
    }

    String body() {
        return body;
    }

    Instant circulatedAt() {
        return circulatedAt;
    }

    LocalDate remarksUntil() {
        return remarksUntil;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    Long approvedAtMeeting() {
        return approvedAtMeeting;
    }

    String approvedByCoordinator() {
        return approvedByCoordinator;
    }

    LocalDate remarksClosedOn() {
        return remarksClosedOn;
    }

    String remarksClosedReason() {
        return remarksClosedReason;
    }

    String approvedRecordedBy() {
        return approvedRecordedBy;
    }

    List<String> decisions() {
        return decisions;
    }

    List<MinutesAttendanceLine> attendance() {
        return attendance;
    }

    long version() {
        return version;
    }
}

package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.shared.PlainText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A table's note on an intervention's progress at a held meeting; its date is the meeting's. */
@Entity
@Table(name = "progress_note")
class ProgressNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private Long planId;
    private Long districtId;
    private Long interventionId;
    private String interventionTitle;

    @Enumerated(EnumType.STRING)
    private ProgressStatus status;

    private String remarks;
    private String recordedBy;
    private Instant recordedAt;

    @Version
    private long version;

    protected ProgressNote() {}

    ProgressNote(MeetingFacts meeting, ProgressNoteForm form, String interventionTitle, String actor, Instant now) {
        this.meetingId = meeting.id();
        this.planId = meeting.planId();
        this.districtId = meeting.districtId();
        this.interventionId = form.interventionId();
        this.interventionTitle = interventionTitle;
        this.recordedBy = actor;
        this.recordedAt = now;
        apply(form);
    }

    void apply(ProgressNoteForm form) {
        this.status = form.status();
        this.remarks = PlainText.blankToNull(form.remarks());
    }

    Long id() {
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    long planId() {
        return planId;
    }

    long districtId() {
        return districtId;
    }

    long interventionId() {
        return interventionId;
    }

    String interventionTitle() {
        return interventionTitle;
    }

    ProgressStatus status() {
        return status;
    }

    String remarks() {
        return remarks;
    }

    long version() {
        return version;
    }
}

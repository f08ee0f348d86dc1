package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.shared.PlainText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A need voiced at a meeting; once taken into the plan's needs analysis it points to that need. */
@Entity
@Table(name = "heard_need")
class HeardNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private Long planId;
    private Long districtId;
    private Long areaId;
    private Long organizationId;
    private String title;
    private String description;
    private Long needId;
    private String recordedBy;
    private Instant recordedAt;

    @Version
    private long version;

    protected HeardNeed() {}

    HeardNeed(MeetingFacts meeting, HeardNeedForm form, String actor, Instant now) {
        this.meetingId = meeting.id();
        this.planId = meeting.planId();
        this.districtId = meeting.districtId();
        this.recordedBy = actor;
        this.recordedAt = now;
        apply(form);
    }

    void apply(HeardNeedForm form) {
        this.areaId = form.areaId();
        this.organizationId = form.organizationId();
        this.title = form.title().strip();
        this.description = PlainText.blankToNull(form.description());
    }

    void takenInto(long needId) {
        this.needId = needId;
    }

    boolean inPlan() {
        return needId != null;
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

    long areaId() {
        return areaId;
    }

    Long organizationId() {
        return organizationId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    Long needId() {
        return needId;
    }

    long version() {
        return version;
    }
}

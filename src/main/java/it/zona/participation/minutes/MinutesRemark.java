package it.zona.participation.minutes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's remark on circulated minutes, added by its representative or recorded by the office. */
@Entity
@Table(name = "meeting_minutes_remark")
class MinutesRemark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long minutesId;
    private Long organizationId;
    private String organization;
    private String author;
    private String recordedBy;
    private String text;
    private Instant createdAt;

    protected MinutesRemark() {}

    MinutesRemark(
            long minutesId,
            Long organizationId,
            String organization,
            String author,
            String recordedBy,
            String text,
            Instant createdAt) {
        this.minutesId = minutesId;
        this.organizationId = organizationId;
        this.organization = organization;
        this.author = author;
        this.recordedBy = recordedBy;
        this.text = text;
        this.createdAt = createdAt;
    }

    MinutesView.Remark view() {
        return new MinutesView.Remark(id, organizationId, organization, author, text, createdAt);
    }

    Long id() {
        return id;
    }

    long minutesId() {
        return minutesId;
    }
}

package it.zona.progress;

import it.zona.shared.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One entry of an intervention's timeline; written once, removed only by a recorded deletion. */
@Entity
@Immutable
@Table(name = "progress_entry")
class ProgressEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long interventionId;

    @Column(name = "entry_date")
    private LocalDate date;

    private String body;

    @Enumerated(EnumType.STRING)
    private ImplementationStatus status;

    private Integer percent;
    private String recordedBy;
    private Instant recordedAt;

    protected ProgressEntry() {}

    ProgressEntry(long interventionId, ProgressEntryForm form, String recordedBy, Instant recordedAt) {
        this.interventionId = interventionId;
        this.date = form.date();
        this.body = form.text().strip();
        this.status = form.status();
        this.percent = form.percent();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        PlainText.require("text", this.body);
    }

    Long id() {
        return id;
    }

    long interventionId() {
        return interventionId;
    }

    LocalDate date() {
        return date;
    }

    String body() {
        return body;
    }

    ImplementationStatus status() {
        return status;
    }

    Integer percent() {
        return percent;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}

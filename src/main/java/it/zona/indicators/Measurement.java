package it.zona.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One measurement of an indicator: the year it is of (and, within it, a period or a day), the value,
 * where it comes from, who recorded it and when. Never changed once written: a correction is another
 * measurement naming this one in {@code correctsId}.
 */
@Entity
@Immutable
@Table(name = "indicator_measurement")
class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long indicatorId;

    @Column(name = "measurement_year")
    private int year;

    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LocalDate referenceDate;

    @Column(name = "measured_value")
    private BigDecimal value;

    private String source;
    private String note;
    private Long correctsId;
    private String recordedBy;
    private Instant recordedAt;

    protected Measurement() {}

    Measurement(long indicatorId, MeasurementForm form, String recordedBy, Instant recordedAt) {
        this.indicatorId = indicatorId;
        this.year = form.year();
        this.periodFrom = form.periodFrom();
        this.periodTo = form.periodTo();
        this.referenceDate = form.referenceDate();
        this.value = form.value();
        this.source = it.zona.shared.PlainText.blankToNull(form.source());
        this.note = it.zona.shared.PlainText.blankToNull(form.note());
        this.correctsId = form.corrects();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The day the value stands for: its reference date, the end of its period, or the end of its year. */
    LocalDate day() {
        if (referenceDate != null) {
            return referenceDate;
        }
        return periodTo != null ? periodTo : LocalDate.of(year, 12, 31);
    }

    Long id() {
        return id;
    }

    long indicatorId() {
        return indicatorId;
    }

    int year() {
        return year;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    LocalDate referenceDate() {
        return referenceDate;
    }

    BigDecimal value() {
        return value;
    }

    String source() {
        return source;
    }

    String note() {
        return note;
    }

    Long correctsId() {
        return correctsId;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}

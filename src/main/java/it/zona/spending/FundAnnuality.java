package it.zona.spending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * What the office records of a fund annuality (a funding source in one year of a plan): the day its
 * spending must be reported by, and the day and act of the report once made.
 */
@Entity
@Table(name = "fund_annuality")
class FundAnnuality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private long fundingSourceId;

    @Column(name = "fund_year")
    private int year;

    private LocalDate reportingDeadline;
    private LocalDate reportedOn;
    private String reportAct;

    @Version
    private long version;

    protected FundAnnuality() {}

    FundAnnuality(long planId, long fundingSourceId, int year) {
        this.planId = planId;
        this.fundingSourceId = fundingSourceId;
        this.year = year;
    }

    void record(LocalDate reportingDeadline, LocalDate reportedOn, String reportAct) {
        this.reportingDeadline = reportingDeadline;
        this.reportedOn = reportedOn;
        this.reportAct = reportAct;
    }

    long fundingSourceId() {
        return fundingSourceId;
    }

    int year() {
        return year;
    }

    LocalDate reportingDeadline() {
        return reportingDeadline;
    }

    LocalDate reportedOn() {
        return reportedOn;
    }

    String reportAct() {
        return reportAct;
    }

    long version() {
        return version;
    }
}

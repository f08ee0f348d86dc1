package it.zona.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** What one funding source gives one intervention in one year of the plan, planned, in euros. */
@Entity
@Table(name = "budget_line")
class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long interventionId;

    @Column(name = "budget_year")
    private int year;

    private Long fundingSourceId;
    private BigDecimal amount;
    private String note;

    @Version
    private long version;

    protected BudgetLine() {}

    BudgetLine(long planId, long interventionId, int year, long fundingSourceId, BigDecimal amount, String note) {
        this.planId = planId;
        this.interventionId = interventionId;
        this.year = year;
        this.fundingSourceId = fundingSourceId;
        change(amount, note);
    }

    void moveTo(long interventionId, int year, long fundingSourceId) {
        this.interventionId = interventionId;
        this.year = year;
        this.fundingSourceId = fundingSourceId;
    }

    void change(BigDecimal amount, String note) {
        this.amount = Amounts.require(amount, "amount");
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    long interventionId() {
        return interventionId;
    }

    int year() {
        return year;
    }

    long fundingSourceId() {
        return fundingSourceId;
    }

    BigDecimal amount() {
        return amount;
    }

    String note() {
        return note;
    }

    long version() {
        return version;
    }
}

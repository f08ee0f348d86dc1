package it.zona.spending;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What spending adds to a budget line: the code the accounting system knows it by (its capitolo). */
@Entity
@Table(name = "spending_line")
class SpendingLine {

    @Id
    private Long budgetLineId;

    private long planId;
    private String accountingCode;

    @Version
    private long version;

    protected SpendingLine() {}

    SpendingLine(long budgetLineId, long planId) {
        this.budgetLineId = budgetLineId;
        this.planId = planId;
    }

    void code(String code) {
        this.accountingCode = code;
    }

    long budgetLineId() {
        return budgetLineId;
    }

    String accountingCode() {
        return accountingCode;
    }

    long version() {
        return version;
    }
}

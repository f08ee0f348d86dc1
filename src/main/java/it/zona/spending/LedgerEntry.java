package it.zona.spending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a budget line's ledger: a commitment, a payment, a de-commitment or a budget
 * variation, or the correction of one. Never changed once written (the table refuses UPDATE and
 * DELETE): the class has no setters, and a correction is a new entry that names the one it corrects.
 */
@Entity
@Table(name = "spending_entry")
class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long districtId;
    private long planId;
    private long budgetLineId;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    private Long commitmentId;
    private Long correctsId;

    @Column(name = "entry_date")
    private LocalDate date;

    private String actNumber;
    private BigDecimal amount;
    private Long organizationId;
    private String cig;
    private String cup;
    private String note;
    private Long importId;
    private String rowKey;
    private Instant recordedAt;
    private String recordedBy;

    protected LedgerEntry() {}

    private LedgerEntry(Recorded recorded, EntryKind kind, LocalDate date, BigDecimal amount) {
        this.districtId = recorded.districtId();
        this.planId = recorded.planId();
        this.budgetLineId = recorded.budgetLineId();
        this.importId = recorded.importId();
        this.rowKey = recorded.rowKey();
        this.recordedAt = recorded.at();
        this.recordedBy = recorded.by();
        this.kind = kind;
        this.date = date;
        this.amount = amount;
    }

    /** Who records an entry, when, on which line, and from which import row if any. */
    record Recorded(
            long districtId, long planId, long budgetLineId, Instant at, String by, Long importId, String rowKey) {}

    static LedgerEntry commitment(
            Recorded recorded,
            String actNumber,
            LocalDate actDate,
            BigDecimal amount,
            long organizationId,
            String cig,
            String cup,
            String description) {
        LedgerEntry entry = new LedgerEntry(recorded, EntryKind.COMMITMENT, actDate, amount);
        entry.actNumber = actNumber;
        entry.organizationId = organizationId;
        entry.cig = cig;
        entry.cup = cup;
        entry.note = description;
        return entry;
    }

    static LedgerEntry payment(
            Recorded recorded, long commitmentId, LocalDate date, BigDecimal amount, String number, String note) {
        LedgerEntry entry = new LedgerEntry(recorded, EntryKind.PAYMENT, date, amount);
        entry.commitmentId = commitmentId;
        entry.actNumber = number;
        entry.note = note;
        return entry;
    }

    static LedgerEntry decommitment(
            Recorded recorded,
            long commitmentId,
            String actNumber,
            LocalDate actDate,
            BigDecimal amount,
            String reason) {
        LedgerEntry entry = new LedgerEntry(recorded, EntryKind.DECOMMITMENT, actDate, amount);
        entry.commitmentId = commitmentId;
        entry.actNumber = actNumber;
        entry.note = reason;
        return entry;
    }

    static LedgerEntry variation(
            Recorded recorded, String actNumber, LocalDate actDate, BigDecimal amount, String reason) {
        LedgerEntry entry = new LedgerEntry(recorded, EntryKind.VARIATION, actDate, amount);
        entry.actNumber = actNumber;
        entry.note = reason;
        return entry;
    }

    /**
     * The correction of this entry: the same kind, on the same line and commitment, with the signed
     * difference and the reason. A commitment's corrections name it as their commitment, so that
     * what a commitment holds is one sum over its commitment id.
     */
    LedgerEntry correction(Recorded recorded, LocalDate date, BigDecimal delta, String reason) {
        LedgerEntry entry = new LedgerEntry(recorded, kind, date, delta);
        entry.correctsId = id;
        entry.commitmentId = kind == EntryKind.COMMITMENT ? id : commitmentId;
        entry.note = reason;
        return entry;
    }

    boolean isCorrection() {
        return correctsId != null;
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    long planId() {
        return planId;
    }

    long budgetLineId() {
        return budgetLineId;
    }

    EntryKind kind() {
        return kind;
    }

    Long commitmentId() {
        return commitmentId;
    }

    Long correctsId() {
        return correctsId;
    }

    LocalDate date() {
        return date;
    }

    String actNumber() {
        return actNumber;
    }

    BigDecimal amount() {
        return amount;
    }

    Long organizationId() {
        return organizationId;
    }

    String cig() {
        return cig;
    }

    String cup() {
        return cup;
    }

    String note() {
        return note;
    }

    Long importId() {
        return importId;
    }

    String rowKey() {
        return rowKey;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }
}

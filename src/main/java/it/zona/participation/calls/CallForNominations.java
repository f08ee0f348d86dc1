package it.zona.participation.calls;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An invitation to the organisations of the District to name their representatives at some of a
 * plan's tables, until a deadline. It guards its own life: written as a draft, opened, closed, and
 * reopened (or extended) with a new deadline, every reopening kept.
 */
@Entity
@Table(name = "call_for_nominations")
class CallForNominations {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long districtId;
    private String title;

    @Column(name = "body")
    private String text;

    private Instant deadline;

    @Enumerated(EnumType.STRING)
    private CallStatus status = CallStatus.DRAFT;

    private Instant openedAt;
    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "call_table", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "table_id")
    private Set<Long> tableIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_reopening", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "seq")
    private List<Reopening> reopenings = new ArrayList<>();

    @Version
    private long version;

    protected CallForNominations() {}

    CallForNominations(long planId, long districtId, String title, String text, Instant deadline, Set<Long> tableIds) {
        this.planId = planId;
        this.districtId = districtId;
        write(title, text, deadline, tableIds);
    }

    /** Only a draft can be rewritten: organisations may already have read an open call. */
    void rewrite(String title, String text, Instant deadline, Set<Long> tableIds) {
        if (status != CallStatus.DRAFT) {
            throw RuleViolationException.conflict(null, "error.call.notDraft");
        }
        write(title, text, deadline, tableIds);
    }

    void open(Instant now) {
        if (status != CallStatus.DRAFT) {
            throw RuleViolationException.conflict(null, "error.call.notDraft");
        }
        requireFuture(deadline, now);
        status = CallStatus.OPEN;
        openedAt = now;
    }

    void close(Instant now) {
        if (status != CallStatus.OPEN) {
            throw RuleViolationException.conflict(null, "error.call.notOpen");
        }
        status = CallStatus.CLOSED;
        closedAt = now;
    }

    /**
     * A closed or expired call opens again, an open one gets more time: either way the new deadline
     * is in the future and later than the old one, and the reopening stays in the history.
     */
    void reopen(Instant newDeadline, Instant now, String by) {
        if (status == CallStatus.DRAFT) {
            throw RuleViolationException.conflict(null, "error.call.draftReopen");
        }
        requireFuture(newDeadline, now);
        if (!newDeadline.isAfter(deadline)) {
            throw RuleViolationException.invalid("deadline", "error.call.deadlineNotLater");
        }
        reopenings.add(new Reopening(deadline, newDeadline, now, by));
        deadline = newDeadline;
        status = CallStatus.OPEN;
        closedAt = null;
    }

    /** Open and before its deadline: the only time links work and nominations are taken. */
    boolean accepting(Instant now) {
        return status == CallStatus.OPEN && now.isBefore(deadline);
    }

    private void write(String title, String text, Instant deadline, Set<Long> tableIds) {
        if (tableIds.isEmpty()) {
            throw RuleViolationException.invalid("tableIds", "error.call.noTable");
        }
        this.title = title.strip();
        this.text = text.strip();
        this.deadline = deadline;
        this.tableIds.clear();
        this.tableIds.addAll(tableIds);
    }

    private static void requireFuture(Instant deadline, Instant now) {
        if (!deadline.isAfter(now)) {
            throw RuleViolationException.invalid("deadline", "error.call.deadlinePast");
        }
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    long districtId() {
        return districtId;
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    Instant deadline() {
        return deadline;
    }

    CallStatus status() {
        return status;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    Set<Long> tableIds() {
        return tableIds;
    }

    List<Reopening> reopenings() {
        return List.copyOf(reopenings);
    }

    long version() {
        return version;
    }
}

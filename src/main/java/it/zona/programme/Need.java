package it.zona.programme;

import it.zona.programme.NeedForm.EvidenceForm;
import it.zona.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
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
import java.util.ArrayList;
import java.util.List;

/** A need heard in an area of the plan, with the figures that show it and where it was heard. */
@Entity
@Table(name = "need")
class Need {

    static final int FIRST_EVIDENCE_YEAR = 1900;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long areaId;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private HeardAt heardAt;

    private String heardWhere;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @ElementCollection
    @CollectionTable(name = "need_evidence", joinColumns = @JoinColumn(name = "need_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    @Version
    private long version;

    protected Need() {}

    Need(long planId, NeedForm form, int lastYear) {
        this.planId = planId;
        apply(form, lastYear);
    }

    /** Takes the form's values; evidence must be complete and no newer than the plan's last year. */
    void apply(NeedForm form, int lastYear) {
        List<Evidence> figures = new ArrayList<>();
        List<EvidenceForm> rows = form.evidence();
        for (int i = 0; i < rows.size(); i++) {
            EvidenceForm row = rows.get(i);
            if (!row.isBlank()) {
                figures.add(evidence(row, "evidence[" + i + "].", lastYear));
            }
        }
        this.areaId = form.areaId();
        this.title = form.title().strip();
        this.description = Text.orNull(form.description());
        this.heardAt = form.heardAt();
        this.heardWhere = Text.orNull(form.heardWhere());
        this.priority = form.priority();
        this.evidence.clear();
        this.evidence.addAll(figures);
    }

    private static Evidence evidence(EvidenceForm row, String path, int lastYear) {
        require(Text.orNull(row.indicator()), path + "indicator");
        require(row.figure(), path + "figure");
        require(Text.orNull(row.source()), path + "source");
        require(row.year(), path + "year");
        if (row.year() < FIRST_EVIDENCE_YEAR || row.year() > lastYear) {
            throw RuleViolationException.invalid(
                    path + "year",
                    "error.need.evidenceYear",
                    String.valueOf(FIRST_EVIDENCE_YEAR),
                    String.valueOf(lastYear));
        }
        return new Evidence(
                row.indicator().strip(),
                row.figure(),
                Text.orNull(row.unit()),
                row.source().strip(),
                row.year());
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw RuleViolationException.invalid(field, "error.need.evidenceIncomplete");
        }
    }

    NeedView view(PolicyAreaView area) {
        return new NeedView(
                id, planId, area, title, description, heardAt, heardWhere, priority, List.copyOf(evidence), version);
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    long areaId() {
        return areaId;
    }

    String title() {
        return title;
    }

    Priority priority() {
        return priority;
    }

    long version() {
        return version;
    }
}

package it.zona.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A chapter of text of a plan. */
@Entity
@Table(name = "plan_section")
class PlanSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    @Enumerated(EnumType.STRING)
    private SectionKind kind;

    private String title;
    private String body;

    @Version
    private long version;

    protected PlanSection() {}

    PlanSection(long planId, SectionKind kind, String title, String body) {
        this.planId = planId;
        this.kind = kind;
        this.title = title;
        this.body = body;
    }

    static PlanSection standard(long planId, SectionKind kind) {
        return new PlanSection(planId, kind, kind.defaultTitle(), "");
    }

    void apply(SectionForm form) {
        this.title = form.title().strip();
        this.body = form.text() == null ? "" : form.text().strip();
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    SectionKind kind() {
        return kind;
    }

    long version() {
        return version;
    }

    SectionView view() {
        return new SectionView(id, kind, title, body, version);
    }
}

package it.zona.sitting;

import it.zona.plan.PlanStage;
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

/**
 * A resolution (delibera) of a governing body: an approved agenda item with its number in the body
 * and year. Written once and never changed (the database refuses it too); a later resolution
 * amends or revokes it.
 */
@Entity
@Table(name = "resolution")
class Resolution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long districtId;
    private Long governingBodyId;

    @Column(name = "act_year")
    private int year;

    @Column(name = "act_number")
    private int number;

    private LocalDate adoptedOn;
    private Long sittingId;
    private int itemNumber;
    private String title;
    private String text;
    private Long affectsResolution;

    @Enumerated(EnumType.STRING)
    private Effect effect;

    private Long planId;

    @Enumerated(EnumType.STRING)
    private PlanStage planStage;

    private Integer programmeYear;

    private Instant createdAt;

    protected Resolution() {}

    Resolution(Sitting sitting, int itemNumber, AgendaItem item, int number, Instant now) {
        this.districtId = sitting.districtId();
        this.governingBodyId = sitting.governingBodyId();
        this.adoptedOn = sitting.heldOn();
        this.year = adoptedOn.getYear();
        this.number = number;
        this.sittingId = sitting.id();
        this.itemNumber = itemNumber;
        this.title = item.title();
        this.text = item.proposal();
        this.affectsResolution = item.affectsResolution();
        this.effect = item.effect();
        // What the item decided on for a plan, so that the plan's step is offered this resolution.
        this.planId = item.planId();
        this.planStage = item.planStage();
        this.programmeYear = item.programmeYear();
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    long governingBodyId() {
        return governingBodyId;
    }

    int year() {
        return year;
    }

    int number() {
        return number;
    }

    LocalDate adoptedOn() {
        return adoptedOn;
    }

    long sittingId() {
        return sittingId;
    }

    int itemNumber() {
        return itemNumber;
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    Long affectsResolution() {
        return affectsResolution;
    }

    Effect effect() {
        return effect;
    }

    /** What the resolution decides on for a plan; null if nothing. */
    PlanTie tie() {
        return PlanTie.of(planId, planStage, programmeYear);
    }
}

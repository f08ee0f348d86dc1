package it.zona.programme;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An objective of the plan, in the priority order the office gives it among its siblings: the
 * general objectives of an area, or the specific objectives of a general one.
 */
@Entity
@Table(name = "objective")
class Objective implements Positioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long areaId;
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private ObjectiveKind kind;

    @Column(name = "for_year")
    private Integer year;

    private String title;
    private String description;
    private int position;

    @ElementCollection
    @CollectionTable(name = "objective_need", joinColumns = @JoinColumn(name = "objective_id"))
    @Column(name = "need_id")
    private Set<Long> needIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Objective() {}

    Objective(long planId, ObjectiveKind kind, int position) {
        this.planId = planId;
        this.kind = kind;
        this.position = position;
    }

    /** Takes the checked values: a specific objective has its parent's area, a general one no year. */
    void apply(long areaId, Long parentId, Integer year, ObjectiveForm form) {
        this.areaId = areaId;
        this.parentId = kind == ObjectiveKind.SPECIFIC ? parentId : null;
        this.year = kind == ObjectiveKind.SPECIFIC ? year : null;
        this.title = form.title().strip();
        this.description = Text.orNull(form.description());
        this.needIds.clear();
        this.needIds.addAll(form.needIds());
    }

    /** A general objective that moves to another area takes its specific objectives with it. */
    void followParentInto(long areaId) {
        this.areaId = areaId;
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

    Long parentId() {
        return parentId;
    }

    ObjectiveKind kind() {
        return kind;
    }

    Integer year() {
        return year;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    Set<Long> needIds() {
        return Set.copyOf(needIds);
    }

    long version() {
        return version;
    }

    boolean isGeneral() {
        return kind == ObjectiveKind.GENERAL;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public void placeAt(int position) {
        this.position = position;
    }
}

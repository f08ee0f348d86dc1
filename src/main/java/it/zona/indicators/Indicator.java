package it.zona.indicators;

import it.zona.shared.PlainText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator of one objective or one intervention of a plan, with its baseline and its targets,
 * one per year of the plan at most. What the form names (the subject, the years) the registry has
 * checked against the plan before it is applied here.
 */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long objectiveId;
    private Long interventionId;
    private String name;
    private String description;

    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;

    private String unit;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    private BigDecimal baselineValue;
    private Integer baselineYear;
    private String baselineSource;

    @ElementCollection
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("year")
    private List<Target> targets = new ArrayList<>();

    @Version
    private long version;

    protected Indicator() {}

    Indicator(long planId) {
        this.planId = planId;
    }

    void apply(IndicatorForm form) {
        this.objectiveId = form.objectiveId();
        this.interventionId = form.interventionId();
        this.name = form.name().strip();
        this.description = PlainText.blankToNull(form.description());
        this.kind = form.kind();
        this.unit = form.unit().strip();
        this.direction = form.direction();
        this.baselineValue = form.baselineValue();
        this.baselineYear = form.baselineYear();
        this.baselineSource = form.baselineValue() == null ? null : PlainText.blankToNull(form.baselineSource());
        this.targets.clear();
        for (IndicatorForm.Target target : form.givenTargets()) {
            this.targets.add(new Target(target.year(), target.value()));
        }
    }

    /** The target of one year, or null. */
    BigDecimal target(int year) {
        return targets.stream()
                .filter(t -> t.year == year)
                .map(t -> t.value)
                .findFirst()
                .orElse(null);
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    Long objectiveId() {
        return objectiveId;
    }

    Long interventionId() {
        return interventionId;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    IndicatorKind kind() {
        return kind;
    }

    String unit() {
        return unit;
    }

    Direction direction() {
        return direction;
    }

    BigDecimal baselineValue() {
        return baselineValue;
    }

    Integer baselineYear() {
        return baselineYear;
    }

    String baselineSource() {
        return baselineSource;
    }

    List<Target> targets() {
        return targets;
    }

    long version() {
        return version;
    }

    /** The value expected in one year of the plan. */
    @Embeddable
    static class Target {

        @Column(name = "target_year")
        private int year;

        @Column(name = "target_value")
        private BigDecimal value;

        protected Target() {}

        Target(int year, BigDecimal value) {
            this.year = year;
            this.value = value;
        }

        int year() {
            return year;
        }

        BigDecimal value() {
            return value;
        }
    }
}

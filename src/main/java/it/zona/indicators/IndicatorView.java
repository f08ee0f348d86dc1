package it.zona.indicators;

import it.zona.programme.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator as its page and the API show it: its subject (an objective or an intervention, with
 * the area it belongs to), its definition, baseline and targets, and for each year of the plan the
 * target, the latest valid value and the status computed from them.
 */
public record IndicatorView(
        long id,
        long planId,
        Named objective,
        Named intervention,
        Named area,
        String name,
        String description,
        IndicatorKind kind,
        String unit,
        Direction direction,
        Baseline baseline,
        List<IndicatorForm.Target> targets,
        List<YearStatus> years,
        long measurements,
        long version) {

    /** Where the indicator starts from: a value of a year, from a source. */
    public record Baseline(BigDecimal value, Integer year, String source) {}

    /** One year of the plan: its target, the latest valid value (with the day it stands for) and the status. */
    public record YearStatus(int year, BigDecimal target, BigDecimal value, LocalDate day, IndicatorStatus status) {}

    /** The objective's or the intervention's name. */
    public String subjectName() {
        return objective != null ? objective.name() : intervention.name();
    }

    public YearStatus year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    /**
     * The latest year up to {@code upTo} with a value measured (its status judged), else that year:
     * what a short listing shows of the indicator.
     */
    public YearStatus latest(int upTo) {
        YearStatus found = null;
        for (YearStatus year : years) {
            if (year.year() <= upTo && year.value() != null) {
                found = year;
            }
        }
        return found != null ? found : year(upTo);
    }

    IndicatorForm toForm(List<Integer> planYears) {
        return new IndicatorForm(
                objective == null ? null : objective.id(),
                intervention == null ? null : intervention.id(),
                name,
                description,
                kind,
                unit,
                direction,
                baseline == null ? null : baseline.value(),
                baseline == null ? null : baseline.year(),
                baseline == null ? null : baseline.source(),
                IndicatorForm.rows(targets, planYears),
                version);
    }
}

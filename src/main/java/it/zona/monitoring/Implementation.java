package it.zona.monitoring;

import it.zona.indicators.IndicatorRegistry;
import it.zona.indicators.IndicatorStatus;
import it.zona.indicators.IndicatorStatuses;
import it.zona.plan.PlanView;
import it.zona.spending.PlanSpending;
import it.zona.spending.SpendingFigures;
import it.zona.spending.SpendingTotals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's state of implementation (stato di attuazione), as the public page and the staff
 * dashboard show it: the money by year, source and area with their charts; the matrix of areas by
 * year, which compares the years; the same areas and sources in the previous plan, matched by name;
 * and the indicators by status, year by year. Figures only: nothing personal.
 */
@Service
@Transactional(readOnly = true)
class Implementation {

    private final SpendingTotals spending;
    private final IndicatorRegistry indicators;

    Implementation(SpendingTotals spending, IndicatorRegistry indicators) {
        this.spending = spending;
        this.indicators = indicators;
    }

    /** An area, or a source, in both plans: this one's figures and the previous one's (NONE if absent). */
    record Compared(String name, SpendingFigures current, SpendingFigures previous) {}

    /** An area's figures year by year, every year of the plan present. */
    record AreaYears(String area, Map<Integer, SpendingFigures> years) {}

    record State(
            PlanView plan,
            PlanSpending spending,
            MoneyChart byYear,
            MoneyChart bySource,
            MoneyChart byArea,
            List<AreaYears> areasByYear,
            PlanSpending previous,
            List<Compared> areasCompared,
            List<Compared> sourcesCompared,
            List<IndicatorStatuses> indicators) {

        public List<IndicatorStatus> statuses() {
            return List.of(IndicatorStatus.values());
        }

        /** The years with indicators, each as a bar split by status. */
        public List<StatusBar> statusBars() {
            return indicators.stream()
                    .filter(year -> year.total() > 0)
                    .map(StatusBar::of)
                    .toList();
        }
    }

    /** The plan's state; {@code previous} is the previous plan's when the reader may see it. */
    State of(PlanView plan, PlanView previous) {
        return of(plan, previous, spending.of(plan.id(), null));
    }

    /** The same, with the plan's spending as the caller has already read it. */
    State of(PlanView plan, PlanView previous, PlanSpending figures) {
        PlanSpending before = previous == null ? null : spending.of(previous.id(), null);
        List<IndicatorStatuses> statuses = new ArrayList<>();
        for (int year : plan.years()) {
            statuses.add(indicators.statuses(plan.id(), year));
        }
        return new State(
                plan,
                figures,
                MoneyChart.of(figures.byYear(), y -> Integer.toString(y.year()), PlanSpending.YearFigures::figures),
                MoneyChart.of(figures.bySource(), PlanSpending.GroupFigures::name, PlanSpending.GroupFigures::figures),
                MoneyChart.of(figures.byArea(), PlanSpending.GroupFigures::name, PlanSpending.GroupFigures::figures),
                areasByYear(plan, figures),
                before,
                before == null ? List.of() : compared(figures.byArea(), before.byArea()),
                before == null ? List.of() : compared(figures.bySource(), before.bySource()),
                statuses);
    }

    private static List<AreaYears> areasByYear(PlanView plan, PlanSpending figures) {
        Map<String, Map<Integer, SpendingFigures>> areas = new LinkedHashMap<>();
        figures.byArea().forEach(area -> areas.put(area.name(), emptyYears(plan)));
        for (PlanSpending.LineFigures line : figures.lines()) {
            areas.computeIfAbsent(line.area(), a -> emptyYears(plan))
                    .merge(line.year(), line.figures(), SpendingFigures::plus);
        }
        return areas.entrySet().stream()
                .map(e -> new AreaYears(e.getKey(), e.getValue()))
                .toList();
    }

    private static Map<Integer, SpendingFigures> emptyYears(PlanView plan) {
        Map<Integer, SpendingFigures> years = new TreeMap<>();
        plan.years().forEach(year -> years.put(year, SpendingFigures.NONE));
        return years;
    }

    /**
     * The groups of this plan beside the same-named ones of the previous plan: a plan seeds its
     * areas and sources from the previous one, so names are what they share. A group only the
     * previous plan had comes last.
     */
    static List<Compared> compared(List<PlanSpending.GroupFigures> current, List<PlanSpending.GroupFigures> previous) {
        Map<String, Compared> rows = new LinkedHashMap<>();
        current.forEach(g -> rows.put(g.name(), new Compared(g.name(), g.figures(), SpendingFigures.NONE)));
        for (PlanSpending.GroupFigures g : previous) {
            rows.merge(
                    g.name(),
                    new Compared(g.name(), SpendingFigures.NONE, g.figures()),
                    (a, b) -> new Compared(a.name(), a.current(), b.previous()));
        }
        return List.copyOf(rows.values());
    }
}

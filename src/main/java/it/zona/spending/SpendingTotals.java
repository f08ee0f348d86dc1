package it.zona.spending;

import it.zona.budget.BudgetLineView;
import it.zona.budget.BudgetRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.spending.PlanSpending.GroupFigures;
import it.zona.spending.PlanSpending.LineFigures;
import it.zona.spending.PlanSpending.YearFigures;
import it.zona.spending.PlanSpending.YearSourceFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a plan's money became, for the pages that show it in aggregate (the spending page of the
 * office, the staff dashboard, the public page on the plan's implementation): as it stands, a read
 * of each line's running sums by kind ({@link LineTotals}); as of a past day, the ledger summed by
 * line and kind in one grouped read of an index ({@code spending_entry_plan_idx}). The few hundred
 * lines of a plan are then added up by year, source and area here. Readable by whoever may read the
 * plan: figures only.
 */
@Service
@Transactional(readOnly = true)
public class SpendingTotals {

    private final LedgerEntries entries;
    private final LineTotals lineTotals;
    private final BudgetRegistry budget;
    private final InterventionRegistry interventions;

    SpendingTotals(
            LedgerEntries entries, LineTotals lineTotals, BudgetRegistry budget, InterventionRegistry interventions) {
        this.entries = entries;
        this.lineTotals = lineTotals;
        this.budget = budget;
        this.interventions = interventions;
    }

    /** The plan's spending recorded with a date up to {@code asOf} (everything when null). */
    public PlanSpending of(long planId, LocalDate asOf) {
        List<BudgetLineView> lines = budget.list(planId, null, null, null);
        Map<Long, InterventionView> byIntervention = new HashMap<>();
        interventions.list(planId).forEach(i -> byIntervention.put(i.id(), i));
        List<LineFigures> rows =
                rows(lines, asOf == null ? lineTotals.ofPlan(planId) : entries.sumsOfPlan(planId, asOf), line -> {
                    InterventionView intervention = byIntervention.get(line.interventionId());
                    return intervention == null ? 0 : intervention.area().id();
                });
        return new PlanSpending(
                planId,
                asOf,
                rows.stream().map(LineFigures::figures).reduce(SpendingFigures.NONE, SpendingFigures::plus),
                byYear(rows),
                // Sources in the District's order: a District's usual sources are created in it.
                groups(rows, LineFigures::fundingSourceId, LineFigures::fundingSource).stream()
                        .sorted(Comparator.comparingLong(GroupFigures::id))
                        .toList(),
                byYearAndSource(rows),
                groups(rows, LineFigures::areaId, LineFigures::area),
                rows);
    }

    /**
     * One intervention's lines with their figures, in the budget's order: its own lines' entries
     * alone, for its page, rather than the whole plan's.
     */
    public List<LineFigures> ofIntervention(InterventionView intervention) {
        List<BudgetLineView> lines = budget.list(intervention.planId(), null, intervention.id(), null);
        return rows(
                lines,
                lineTotals.ofLines(lines.stream().map(BudgetLineView::id).toList()),
                line -> intervention.area().id());
    }

    private static List<LineFigures> rows(
            List<BudgetLineView> lines, List<LedgerEntries.Sum> sumsOfLines, Function<BudgetLineView, Long> area) {
        Map<Long, Map<EntryKind, BigDecimal>> sums = new HashMap<>();
        for (LedgerEntries.Sum sum : sumsOfLines) {
            sums.computeIfAbsent(sum.owner(), k -> new EnumMap<>(EntryKind.class))
                    .put(sum.kind(), sum.amount());
        }
        List<LineFigures> rows = new ArrayList<>();
        for (BudgetLineView line : lines) {
            Map<EntryKind, BigDecimal> of = sums.getOrDefault(line.id(), Map.of());
            rows.add(new LineFigures(
                    line.id(),
                    line.interventionId(),
                    line.intervention(),
                    area.apply(line),
                    line.area(),
                    line.year(),
                    line.fundingSourceId(),
                    line.fundingSource(),
                    SpendingFigures.of(
                            line.amount(),
                            of.get(EntryKind.VARIATION),
                            of.get(EntryKind.COMMITMENT),
                            of.get(EntryKind.DECOMMITMENT),
                            of.get(EntryKind.PAYMENT))));
        }
        return rows;
    }

    private static List<YearFigures> byYear(List<LineFigures> rows) {
        Map<Integer, SpendingFigures> years = new TreeMap<>();
        rows.forEach(r -> years.merge(r.year(), r.figures(), SpendingFigures::plus));
        return years.entrySet().stream()
                .map(e -> new YearFigures(e.getKey(), e.getValue()))
                .toList();
    }

    /** Groups in the order the plan's lines first name them (the plan's order of sources and areas). */
    private static List<GroupFigures> groups(
            List<LineFigures> rows, Function<LineFigures, Long> id, Function<LineFigures, String> name) {
        Map<Long, GroupFigures> groups = new LinkedHashMap<>();
        for (LineFigures row : rows) {
            groups.merge(
                    id.apply(row),
                    new GroupFigures(id.apply(row), name.apply(row), row.figures()),
                    (a, b) -> new GroupFigures(a.id(), a.name(), a.figures().plus(b.figures())));
        }
        return List.copyOf(groups.values());
    }

    private static List<YearSourceFigures> byYearAndSource(List<LineFigures> rows) {
        Map<Integer, Map<Long, YearSourceFigures>> years = new TreeMap<>();
        for (LineFigures row : rows) {
            years.computeIfAbsent(row.year(), y -> new TreeMap<>())
                    .merge(
                            row.fundingSourceId(),
                            new YearSourceFigures(
                                    row.year(), row.fundingSourceId(), row.fundingSource(), row.figures()),
                            (a, b) -> new YearSourceFigures(
                                    a.year(),
                                    a.fundingSourceId(),
                                    a.fundingSource(),
                                    a.figures().plus(b.figures())));
        }
        return years.values().stream().flatMap(m -> m.values().stream()).toList();
    }
}

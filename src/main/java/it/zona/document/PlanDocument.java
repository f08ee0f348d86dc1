package it.zona.document;

import it.zona.budget.BudgetOverview;
import it.zona.budget.BudgetOverview.Breakdown;
import it.zona.budget.LepsCheck;
import it.zona.budget.MunicipalShares;
import it.zona.budget.MunicipalShares.Share;
import it.zona.budget.ProfessionalRole;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionView;
import it.zona.programme.NeedView;
import it.zona.programme.ObjectiveView;
import it.zona.programme.PolicyAreaView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the plan document tells, read from the plan's data at one moment: the plan and its
 * iter, its text chapters, area by area the needs, objectives and interventions, and its resources.
 * The full document and the Sintesi are both written from it.
 */
record PlanDocument(
        PlanView plan,
        LocalDate writtenOn,
        List<Chapter> chapters,
        List<AreaSection> areas,
        BudgetOverview budget,
        List<StaffingRow> staffing,
        Map<Long, BigDecimal> plannedByIntervention) {

    /** An area: the needs heard, then each general objective with its yearly ones and its interventions. */
    public record AreaSection(PolicyAreaView area, List<NeedView> needs, List<ObjectiveSection> objectives) {

        public List<InterventionView> interventions() {
            return objectives.stream().flatMap(o -> o.interventions().stream()).toList();
        }

        public boolean isEmpty() {
            return needs.isEmpty() && objectives.isEmpty();
        }
    }

    public record ObjectiveSection(
            ObjectiveView objective, List<ObjectiveView> yearly, List<InterventionView> interventions) {}

    /** The full-time equivalents of one professional role, year by year (in the plan's years' order). */
    public record StaffingRow(ProfessionalRole role, List<BigDecimal> fteByYear) {}

    /** A member municipality's co-funding share, year by year, and over the period. */
    public record CofundingRow(String name, Integer population, List<BigDecimal> byYear, BigDecimal total) {}

    public String id() {
        return Long.toString(plan.id());
    }

    public int interventionCount() {
        return areas.stream().mapToInt(a -> a.interventions().size()).sum();
    }

    /** The planned money of an intervention over the plan's period. */
    public BigDecimal planned(long interventionId) {
        return plannedByIntervention.getOrDefault(interventionId, BigDecimal.ZERO.setScale(2));
    }

    /** The budget breakdown of an area, or null if no money is planned for it. */
    public Breakdown budgetOf(PolicyAreaView area) {
        return budget.byArea().stream()
                .filter(b -> b.id() == area.id())
                .findFirst()
                .orElse(null);
    }

    /** The areas that have something to tell. */
    public List<AreaSection> areasWithContent() {
        return areas.stream().filter(a -> !a.isEmpty()).toList();
    }

    public long generalObjectiveCount() {
        return areas.stream().mapToLong(a -> a.objectives().size()).sum();
    }

    /** The municipal co-funding, municipality by municipality (rows) and year by year (columns). */
    public List<CofundingRow> cofunding() {
        Map<String, CofundingRow> rows = new LinkedHashMap<>();
        List<MunicipalShares> years = budget.municipalShares();
        for (int y = 0; y < years.size(); y++) {
            for (Share share : years.get(y).shares()) {
                CofundingRow row = rows.computeIfAbsent(
                        share.istatCode(),
                        code -> new CofundingRow(
                                share.name(), share.population(), zeros(years.size()), BigDecimal.ZERO.setScale(2)));
                row.byYear().set(y, share.amount());
                rows.put(
                        share.istatCode(),
                        new CofundingRow(
                                row.name(),
                                row.population(),
                                row.byYear(),
                                row.total().add(share.amount())));
            }
        }
        return List.copyOf(rows.values());
    }

    /** What the municipalities give together, year by year. */
    public List<BigDecimal> cofundingTotals() {
        return budget.municipalShares().stream().map(MunicipalShares::shared).toList();
    }

    public BigDecimal cofundingTotal() {
        return cofundingTotals().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static List<BigDecimal> zeros(int size) {
        return new ArrayList<>(Collections.nCopies(size, BigDecimal.ZERO.setScale(2)));
    }

    public List<LepsCheck> leps() {
        return budget.leps();
    }
}

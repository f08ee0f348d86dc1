package it.zona.budget;

import it.zona.plan.PlanSummary;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plan's budget in figures: totals by year, by funding source, by policy area and by intervention, the municipal
 * co-funding shares, the LEPS check on social workers, and the comparison with the previous plan.
 */
public record BudgetOverview(
        long planId,
        List<Integer> years,
        BigDecimal total,
        List<YearAmount> byYear,
        List<Breakdown> bySource,
        List<Breakdown> byArea,
        List<InterventionAmount> byIntervention,
        List<MunicipalShares> municipalShares,
        List<LepsCheck> leps,
        Comparison comparison) {

    public record YearAmount(int year, BigDecimal amount) {}

    /** An intervention's total over the plan, in the plan's reading order; null when it has no line. */
    public record InterventionAmount(long interventionId, String title, String area, String period, BigDecimal total) {}

    /** One source or area: its total, its share of the plan's total in percent, and its years. */
    public record Breakdown(
            long id, String code, String name, BigDecimal total, BigDecimal percent, List<YearAmount> byYear) {

        public BigDecimal amount(int year) {
            return byYear.stream()
                    .filter(y -> y.year() == year)
                    .map(YearAmount::amount)
                    .findFirst()
                    .orElse(BigDecimal.ZERO);
        }
    }

    /**
     * This plan against the previous one, area by area and source by source: totals over each
     * plan's period, and yearly averages, which compare plans of different lengths fairly.
     */
    public record Comparison(PlanSummary previous, List<Compared> byArea, List<Compared> bySource, Compared total) {}

    /** {@code percent} is null when the previous figure is zero (nothing to compare with). */
    public record Compared(
            String name,
            BigDecimal previous,
            BigDecimal current,
            BigDecimal difference,
            BigDecimal percent,
            BigDecimal previousYearly,
            BigDecimal currentYearly,
            BigDecimal yearlyDifference,
            BigDecimal yearlyPercent) {}
}

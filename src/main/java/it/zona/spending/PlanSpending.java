package it.zona.spending;

import java.time.LocalDate;
import java.util.List;

/**
 * The spending of a plan, as of a day (every entry when {@code asOf} is null): in all, by year, by
 * funding source, by year and source, by area, and line by line. Figures only: no beneficiary, no
 * act, nothing personal, so that public pages may show them once the plan is public.
 */
public record PlanSpending(
        long planId,
        LocalDate asOf,
        SpendingFigures total,
        List<YearFigures> byYear,
        List<GroupFigures> bySource,
        List<YearSourceFigures> byYearAndSource,
        List<GroupFigures> byArea,
        List<LineFigures> lines) {

    /** A year of the plan. */
    public record YearFigures(int year, SpendingFigures figures) {}

    /** A funding source or an area. */
    public record GroupFigures(long id, String name, SpendingFigures figures) {}

    /** A funding source in one year. */
    public record YearSourceFigures(int year, long fundingSourceId, String fundingSource, SpendingFigures figures) {}

    /** One budget line: an intervention's money from one source in one year. */
    public record LineFigures(
            long budgetLineId,
            long interventionId,
            String intervention,
            long areaId,
            String area,
            int year,
            long fundingSourceId,
            String fundingSource,
            SpendingFigures figures) {}
}

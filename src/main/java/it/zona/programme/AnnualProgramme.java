package it.zona.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The programma attuativo of one year: the plan's interventions active in that year, by area, with
 * what each has planned for it.
 */
public record AnnualProgramme(
        long planId, int year, List<AreaInterventions> areas, Map<Long, BigDecimal> planned, BigDecimal total) {

    public record AreaInterventions(PolicyAreaView area, List<InterventionView> interventions) {}

    public int count() {
        return areas.stream().mapToInt(a -> a.interventions().size()).sum();
    }

    public BigDecimal plannedFor(long interventionId) {
        return planned.getOrDefault(interventionId, BigDecimal.ZERO);
    }
}

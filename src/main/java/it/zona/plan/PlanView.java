package it.zona.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A plan as its pages and the API show it. {@code published} plans (past the mayors' approval)
 * are public; the others are for the District's staff.
 */
public record PlanView(
        long id,
        String districtSlug,
        String districtName,
        String title,
        int firstYear,
        int lastYear,
        PlanSummary previousPlan,
        PlanStage stage,
        Set<PlanStage> nextStages,
        LaunchEvent launch,
        LocalDate actsDeadline,
        List<Transition> history,
        boolean published,
        long version) {

    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    public String period() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }

    public PlanForm toForm() {
        return new PlanForm(
                title,
                firstYear,
                lastYear,
                previousPlan == null ? null : previousPlan.id(),
                launch == null ? null : launch.date(),
                launch == null ? null : launch.time(),
                launch == null ? null : launch.place(),
                launch == null ? null : launch.description(),
                actsDeadline,
                version);
    }
}

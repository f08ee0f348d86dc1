package it.zona.plan;

import java.time.LocalDate;

/**
 * What a plan's public launch makes known, whatever its stage: its name, period, District and the
 * deadline for its acts. The tables, their calendar and the calls for representatives are public
 * from the launch, while the draft content stays with the District's staff until approval.
 */
public record PlanFacts(
        long id,
        long districtId,
        String districtSlug,
        String districtName,
        String title,
        int firstYear,
        int lastYear,
        PlanStage stage,
        LaunchEvent launch,
        LocalDate actsDeadline,
        boolean published) {

    public String period() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }

    public boolean covers(LocalDate day) {
        return day.getYear() >= firstYear && day.getYear() <= lastYear;
    }
}

package it.zona.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A plan as a form or an API body submits it; the launch event and the deadline are optional. */
public record PlanForm(
        @NotBlank @Size(max = 300) String title,
        @NotNull @Min(2000) @Max(2100) Integer firstYear,
        @NotNull @Min(2000) @Max(2100) Integer lastYear,
        Long previousPlanId,
        LocalDate launchDate,
        LocalTime launchTime,
        @Size(max = 300) String launchPlace,
        @Size(max = 4000) String launchDescription,
        LocalDate actsDeadline,
        Long version) {

    public static PlanForm empty(int firstYear) {
        return new PlanForm("", firstYear, firstYear + 2, null, null, null, "", "", null, null);
    }
}

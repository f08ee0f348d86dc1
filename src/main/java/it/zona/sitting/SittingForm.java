package it.zona.sitting;

import it.zona.plan.PlanStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A convocation as the office writes it: the body, first call (date and time), the optional second
 * call, place or link, and the agenda. An item may amend or revoke an earlier resolution of the body,
 * and may decide on a plan of the District: the stage its iter moves to ({@code planStage}) or the
 * year whose programme it approves ({@code programmeYear}).
 */
public record SittingForm(
        @NotNull Long governingBodyId,
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        LocalDate secondCallDate,
        LocalTime secondCallTime,
        @Size(max = 300) String place,
        @Size(max = 500) String onlineLink,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull ItemForm> items,
        Long version) {

    public record ItemForm(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 20000) String proposal,
            Long affectsResolutionId,
            Effect effect,
            Long planId,
            PlanStage planStage,
            Integer programmeYear) {}
}

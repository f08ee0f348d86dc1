package it.zona.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A change of stage: the new stage, the day it was decided and the act that decided it. */
public record TransitionForm(
        @NotNull PlanStage to,
        @NotNull LocalDate decidedOn,
        @Size(max = 500) String act,
        Long version) {}

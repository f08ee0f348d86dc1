package it.zona.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A change of stage: the new stage, the day it was decided and the act that decided it, either one
 * Zona holds ({@code actLink}, from {@link PlanActs}) or one taken outside Zona, named in {@code act}.
 */
public record TransitionForm(
        @NotNull PlanStage to,
        @NotNull LocalDate decidedOn,
        @Size(max = 500) String act,
        @Size(max = 200) String actLink,
        Long version) {}

package it.zona.budget;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A staffing row as a form or an API body gives it; the intervention is optional. */
public record StaffingForm(
        @NotNull Integer year,
        @NotNull ProfessionalRole role,
        @Size(max = 300) String description,
        @NotNull BigDecimal fte,
        Long organizationId,
        Long interventionId,
        Long version) {}

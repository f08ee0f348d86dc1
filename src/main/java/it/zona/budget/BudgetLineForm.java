package it.zona.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A budget line as an API body gives it: the amount is a JSON number or string, in euros. */
public record BudgetLineForm(
        @NotNull Long interventionId,
        @NotNull Integer year,
        @NotNull Long fundingSourceId,

        @NotNull
        @DecimalMin(value = "0", message = "{error.amount.negative}")
        @Digits(integer = 12, fraction = 2, message = "{error.amount.tooPrecise}")
        BigDecimal amount,

        @Size(max = 500) String note,
        Long version) {}

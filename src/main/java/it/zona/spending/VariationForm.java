package it.zona.spending;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A budget variation (variazione di bilancio): the act that changes a line's allowance, the amount
 * it adds (negative when it takes money away) and why.
 */
public record VariationForm(
        @NotBlank @Size(max = 60) String actNumber,
        @NotNull LocalDate actDate,
        @NotNull BigDecimal amount,
        @NotBlank @Size(max = 500) String reason) {

    public static VariationForm empty() {
        return new VariationForm("", null, null, "");
    }
}

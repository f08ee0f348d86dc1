package it.zona.spending;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A de-commitment (disimpegno): a commitment reduced by an act, by an amount, for a reason. */
public record DecommitmentForm(
        @NotBlank @Size(max = 60) String actNumber,
        @NotNull LocalDate actDate,
        @NotNull BigDecimal amount,
        @Size(max = 500) String reason) {

    public static DecommitmentForm empty() {
        return new DecommitmentForm("", null, null, "");
    }
}

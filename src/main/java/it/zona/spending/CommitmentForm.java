package it.zona.spending;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commitment (impegno) as a form or an API body gives it: the act that commits the money, the
 * amount in euros, the organisation it goes to, and the CIG and CUP when the spending has them.
 */
public record CommitmentForm(
        @NotBlank @Size(max = 60) String actNumber,
        @NotNull LocalDate actDate,
        @NotNull BigDecimal amount,
        @NotNull Long organizationId,
        @Size(max = 20) String cig,
        @Size(max = 30) String cup,
        @Size(max = 500) String description) {

    public static CommitmentForm empty() {
        return new CommitmentForm("", null, null, null, "", "", "");
    }
}

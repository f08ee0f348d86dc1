package it.zona.spending;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The correction of an entry: the signed difference to its amount ({@code -100.00} takes 100 euros
 * off, minus the whole amount reverses the entry), the day and the reason. The entry itself never
 * changes.
 */
public record CorrectionForm(
        @NotNull LocalDate date,
        @NotNull BigDecimal amount,
        @NotBlank @Size(max = 500) String reason) {

    public static CorrectionForm empty() {
        return new CorrectionForm(null, null, "");
    }
}

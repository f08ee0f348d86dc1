package it.zona.spending;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment (liquidazione or mandato) against a commitment: its date, amount and number. */
public record PaymentForm(
        @NotNull LocalDate date,
        @NotNull BigDecimal amount,
        @Size(max = 60) String number,
        @Size(max = 500) String note) {

    public static PaymentForm empty() {
        return new PaymentForm(null, null, "", "");
    }
}

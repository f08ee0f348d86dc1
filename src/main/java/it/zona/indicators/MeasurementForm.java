package it.zona.indicators;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measurement as a form or an API body gives it: the year of the plan it is of, and within it
 * optionally a period ({@code periodFrom} to {@code periodTo}) or a reference date; the value, its
 * source and a note. {@code corrects} names the measurement it corrects, which then no longer counts;
 * a correction says why in its note.
 */
public record MeasurementForm(
        @NotNull @Min(2000) @Max(2100) Integer year,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate referenceDate,

        @NotNull @Digits(integer = 14, fraction = 2, message = "{error.indicator.tooPrecise}")
        BigDecimal value,

        @Size(max = 300) String source,
        @Size(max = 2000) String note,
        Long corrects) {

    static MeasurementForm empty(Integer year, Long corrects) {
        return new MeasurementForm(year, null, null, null, null, "", "", corrects);
    }
}

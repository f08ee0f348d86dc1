package it.zona.progress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An entry of an intervention's timeline as a form or an API body gives it: its day and text, and
 * optionally the status and the percentage of progress it sets from that day.
 */
public record ProgressEntryForm(
        @NotNull LocalDate date,
        @NotBlank @Size(max = 2000) String text,
        ImplementationStatus status,
        @Min(0) @Max(100) Integer percent) {

    static ProgressEntryForm empty(LocalDate today) {
        return new ProgressEntryForm(today, "", null, null);
    }
}

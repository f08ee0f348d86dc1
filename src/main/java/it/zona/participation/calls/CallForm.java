package it.zona.participation.calls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A call for nominations as a form or an API body submits it. The deadline is a date and time in
 * Europe/Rome ("2026-10-31T12:00").
 */
public record CallForm(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 8000) String text,
        @NotNull LocalDateTime deadline,
        List<Long> tableIds,
        Long version) {

    public CallForm {
        tableIds = tableIds == null ? List.of() : List.copyOf(tableIds);
    }

    public static CallForm empty() {
        return new CallForm("", "", null, List.of(), null);
    }
}

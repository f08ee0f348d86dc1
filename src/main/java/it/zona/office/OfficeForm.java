package it.zona.office;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An office as a form or an API body submits it. {@code hours} and {@code closures}, when given,
 * replace the current ones; a form that edits only the office's data leaves them null.
 */
public record OfficeForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 300) String address,

        @Pattern(regexp = "(\\d{5})?", message = "{validation.postalCode}")
        String postalCode,

        @Pattern(regexp = "(\\d{6})?", message = "{validation.istatCode}")
        String municipality,

        @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{validation.phone}")
        String phone,

        @Email @Size(max = 254) String email,
        @Size(max = 1000) String notes,
        @Size(max = 50) List<@Valid @NotNull SlotForm> hours,
        @Size(max = 100) List<@Valid @NotNull ClosureForm> closures,
        Long version) {

    public static OfficeForm empty() {
        return new OfficeForm("", "", "", "", "", "", "", null, null, null);
    }

    public record SlotForm(
            @NotNull DayOfWeek day,
            @NotNull LocalTime opens,
            @NotNull LocalTime closes) {
        OpeningHours.Slot toSlot() {
            return new OpeningHours.Slot(day, opens, closes);
        }
    }

    public record ClosureForm(
            @NotNull LocalDate firstDay,
            @NotNull LocalDate lastDay,
            @Size(max = 200) String reason) {
        OpeningHours.Closure toClosure() {
            return new OpeningHours.Closure(firstDay, lastDay, reason);
        }
    }
}

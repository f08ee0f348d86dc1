package it.zona.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The attendance sheet of a meeting: one line per member organisation, and the guests (blank guest
 * lines are dropped). Saving it replaces the previous sheet.
 */
public record AttendanceForm(
        @Valid List<Entry> entries, @Valid List<Guest> guests) {

    static final int FREE_GUEST_LINES = 3;

    public record Entry(
            @NotNull Long organizationId, @NotNull AttendanceMark mark) {}

    public AttendanceForm {
        entries = entries == null ? List.of() : new ArrayList<>(entries);
        guests = guests == null ? List.of() : new ArrayList<>(guests);
    }

    List<Guest> realGuests() {
        return guests.stream()
                .filter(g -> g != null && !g.isBlank())
                .map(Guest::stripped)
                .toList();
    }
}

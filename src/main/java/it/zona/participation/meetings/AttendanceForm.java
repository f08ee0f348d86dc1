package it.zona.participation.meetings;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The attendance sheet of a meeting: one line per member organisation, and the guests (blank guest
 * lines are dropped). Saving it replaces the previous sheet, so missing lines (null) stay missing
 * for the registry to refuse: they must never read as "nobody came".
 */
public record AttendanceForm(@NotNull(groups = Whole.class) List<@Valid Line> lines, List<@Valid Guest> guests) {

    static final int FREE_GUEST_LINES = 3;

    /**
     * The API's check that the body has its lines at all (400 when missing). A page always sends a
     * line per seated organisation, and none for a meeting nobody sat at, which is no error.
     */
    interface Whole {}

    /** One organisation's line as sent; the sheet read back names it {@code AttendanceSheet.Line}. */
    @Schema(name = "AttendanceFormLine")
    public record Line(
            @NotNull Long organizationId, @NotNull AttendanceMark mark) {}

    public AttendanceForm {
        lines = lines == null ? null : new ArrayList<>(lines);
        guests = guests == null ? List.of() : new ArrayList<>(guests);
    }

    List<Line> linesOrNone() {
        return lines == null ? List.of() : lines;
    }

    List<Guest> realGuests() {
        return guests.stream()
                .filter(g -> g != null && !g.isBlank())
                .map(Guest::stripped)
                .toList();
    }
}

package it.zona.sitting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Who attended a sitting and at which call; members not listed are absent. */
public record SittingAttendanceForm(
        @NotNull Call call, @NotNull @Size(max = 200) List<@Valid @NotNull MemberAttendance> entries, Long version) {

    public record MemberAttendance(
            @NotNull Long personId,
            @NotNull Presence presence,
            @Size(max = 200) String delegate,
            @Size(max = 200) String delegation) {}
}

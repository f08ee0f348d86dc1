package it.zona.sitting;

import java.util.List;

/**
 * The attendance sheet of a sitting: every seat of the body on the day, with how its member
 * attended once recorded ({@code recorded} false: the blank sheet to fill in), and the quorum.
 */
public record SittingAttendanceView(
        Call call, boolean recorded, List<SeatAttendance> entries, QuorumCheck quorum, long version) {

    public record SeatAttendance(
            long personId,
            String personName,
            String municipality,
            String municipalityName,
            long population,
            Presence presence,
            String delegate,
            String delegation) {}
}

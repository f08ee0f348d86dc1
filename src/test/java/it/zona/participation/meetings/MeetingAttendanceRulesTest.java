package it.zona.participation.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.participation.tables.Representative;
import it.zona.participation.tables.TableMemberView;
import it.zona.programme.Named;
import it.zona.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may be marked at a meeting, decided by {@link Meeting} itself: no Spring, no database. */
class MeetingAttendanceRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
    private static final LocalDateTime DURING = DAY.atTime(18, 0);
    private static final Instant NOW = Instant.parse("2026-10-05T16:00:00Z");

    /** Two organisations seated on the day: 1 with a substitute, 2 without. */
    private static final Map<Long, TableMemberView> SEATED =
            Map.of(1L, seat(1, "Caritas", true), 2L, seat(2, "Auser", false));

    private static TableMemberView seat(long organization, String name, boolean substitute) {
        return new TableMemberView(
                organization,
                9,
                new Named(organization, name),
                new Representative("Anna Rossi", null, null, null),
                substitute ? new Representative("Luca Bianchi", null, null, null) : null,
                DAY.minusYears(1),
                null,
                null,
                null,
                0);
    }

    private static Meeting meeting() {
        return new Meeting(
                1,
                1,
                9L,
                new MeetingForm(
                        "Incontro", DAY, LocalTime.of(17, 0), LocalTime.of(19, 0), "Sala", null, List.of(), null),
                NOW);
    }

    private static AttendanceForm sheet(AttendanceForm.Line... lines) {
        return new AttendanceForm(List.of(lines), List.of(new Guest("Mario Verdi", null)));
    }

    private static AttendanceForm.Line line(long organization, AttendanceMark mark) {
        return new AttendanceForm.Line(organization, mark);
    }

    private static void refused(Meeting meeting, AttendanceForm sheet, LocalDateTime at, String message) {
        assertThatThrownBy(() -> meeting.takeAttendance(sheet, SEATED, id -> "Organizzazione " + id, at, NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(message);
        assertThat(meeting.status()).isNotEqualTo(MeetingStatus.HELD);
    }

    @Test
    void theSheetIsTakenOnceTheMeetingHasStartedAndMakesItHeld() {
        AttendanceForm full = sheet(line(1, AttendanceMark.SUBSTITUTE), line(2, AttendanceMark.ABSENT));
        refused(meeting(), full, DAY.atTime(16, 59), "error.meeting.notYetHeld");

        Meeting meeting = meeting();
        meeting.takeAttendance(full, SEATED, id -> "?", DURING, NOW);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meeting.guests()).extracting(Guest::name).containsExactly("Mario Verdi");
    }

    @Test
    void aCancelledMeetingHasNoSheet() {
        Meeting cancelled = meeting();
        cancelled.cancel(NOW);
        refused(cancelled, sheet(line(1, AttendanceMark.REPRESENTATIVE)), DURING, "error.attendance.cancelled");
    }

    @Test
    void onlyOrganisationsSeatedThatDayOnceEachSubstitutesWhereTheSeatHasOne() {
        refused(meeting(), sheet(), DURING, "error.attendance.noEntries");
        refused(meeting(), sheet(line(3, AttendanceMark.REPRESENTATIVE)), DURING, "error.attendance.notMember");
        refused(
                meeting(),
                sheet(line(1, AttendanceMark.REPRESENTATIVE), line(1, AttendanceMark.ABSENT)),
                DURING,
                "error.attendance.twice");
        refused(meeting(), sheet(line(2, AttendanceMark.SUBSTITUTE)), DURING, "error.attendance.noSubstitute");
    }
}

package it.zona.participation.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.participation.meetings.ParticipationReport.Held;
import it.zona.participation.meetings.ParticipationReport.Seat;
import it.zona.participation.meetings.ParticipationReport.TableInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipationRateTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;

    private static LocalDate day(int month) {
        return LocalDate.of(2025, month, 10);
    }

    /** A held meeting where whoever was present was the representative. */
    private static Held held(long id, int month, Map<Long, AttendanceStatus> attendance) {
        Map<Long, AttendanceMark> marks = new java.util.LinkedHashMap<>();
        attendance.forEach(
                (organization, status) -> marks.put(organization, AttendanceMark.of(status, Attendee.REPRESENTATIVE)));
        return new Held(id, day(month), marks);
    }

    @Test
    void theRateCountsOnlyTheMeetingsHeldWhileSeated() {
        TableInput table = new TableInput(
                10,
                "Anziani",
                List.of(
                        new Seat(A, "Alfa", day(1), null),
                        // B joined after the first two meetings
                        new Seat(B, "Beta", day(3), null)),
                List.of(
                        held(100, 1, Map.of(A, AttendanceStatus.PRESENT)),
                        held(101, 2, Map.of(A, AttendanceStatus.ABSENT)),
                        held(102, 3, Map.of(A, AttendanceStatus.PRESENT, B, AttendanceStatus.PRESENT)),
                        held(103, 4, Map.of(A, AttendanceStatus.EXCUSED, B, AttendanceStatus.ABSENT))));
        ParticipationReport report = ParticipationReport.of(List.of(table));

        assertThat(report.seats()).hasSize(2);
        ParticipationReport.SeatRate alfa = report.seats().get(0);
        assertThat(alfa.organization().name()).isEqualTo("Alfa");
        assertThat(alfa.held()).isEqualTo(4);
        assertThat(alfa.present()).isEqualTo(2);
        assertThat(alfa.excused()).isEqualTo(1);
        assertThat(alfa.rate()).isEqualByComparingTo(new BigDecimal("50.0"));
        ParticipationReport.SeatRate beta = report.seats().get(1);
        assertThat(beta.held()).isEqualTo(2);
        assertThat(beta.rate()).isEqualByComparingTo(new BigDecimal("50.0"));

        ParticipationReport.TableRate rate = report.tables().get(0);
        assertThat(rate.meetingsHeld()).isEqualTo(4);
        assertThat(rate.expected()).isEqualTo(6);
        assertThat(rate.present()).isEqualTo(3);
        assertThat(rate.rate()).isEqualByComparingTo(new BigDecimal("50.0"));
    }

    @Test
    void anOrganisationsRateSumsItsTables() {
        ParticipationReport report = ParticipationReport.of(List.of(
                new TableInput(
                        10,
                        "Uno",
                        List.of(new Seat(A, "Alfa", day(1), null)),
                        List.of(held(1, 2, Map.of(A, AttendanceStatus.PRESENT)))),
                new TableInput(
                        11,
                        "Due",
                        List.of(new Seat(A, "Alfa", day(1), null)),
                        List.of(
                                held(2, 2, Map.of(A, AttendanceStatus.ABSENT)),
                                held(3, 3, Map.of(A, AttendanceStatus.ABSENT))))));
        assertThat(report.organizations()).singleElement().satisfies(o -> {
            assertThat(o.held()).isEqualTo(3);
            assertThat(o.present()).isEqualTo(1);
            assertThat(o.rate()).isEqualByComparingTo(new BigDecimal("33.3"));
        });
    }

    @Test
    void threeAbsencesInARowAtTheEndAreFlagged() {
        TableInput table = new TableInput(
                10,
                "Minori",
                List.of(
                        new Seat(A, "Alfa", day(1), null),
                        new Seat(B, "Beta", day(1), null),
                        new Seat(C, "Gamma", day(1), null)),
                List.of(
                        held(
                                1,
                                1,
                                Map.of(
                                        A,
                                        AttendanceStatus.PRESENT,
                                        B,
                                        AttendanceStatus.ABSENT,
                                        C,
                                        AttendanceStatus.ABSENT)),
                        held(
                                2,
                                2,
                                Map.of(
                                        A,
                                        AttendanceStatus.ABSENT,
                                        B,
                                        AttendanceStatus.ABSENT,
                                        C,
                                        AttendanceStatus.ABSENT)),
                        held(
                                3,
                                3,
                                Map.of(
                                        A,
                                        AttendanceStatus.ABSENT,
                                        B,
                                        AttendanceStatus.EXCUSED,
                                        C,
                                        AttendanceStatus.ABSENT)),
                        held(
                                4,
                                4,
                                Map.of(
                                        A,
                                        AttendanceStatus.ABSENT,
                                        B,
                                        AttendanceStatus.ABSENT,
                                        C,
                                        AttendanceStatus.PRESENT))));
        ParticipationReport report = ParticipationReport.of(List.of(table));
        // Alfa: absent at the last three; Beta: the excuse breaks the run; Gamma came back.
        assertThat(report.flagged()).singleElement().satisfies(f -> {
            assertThat(f.organization().id()).isEqualTo(A);
            assertThat(f.absencesInARow()).isEqualTo(3);
        });
        assertThat(report.flaggedAt(10)).hasSize(1);
        assertThat(report.flaggedAt(11)).isEmpty();
    }

    @Test
    void meetingsAfterTheSeatEndedDoNotCount() {
        ParticipationReport report = ParticipationReport.of(List.of(new TableInput(
                10,
                "Uno",
                List.of(new Seat(A, "Alfa", day(1), day(3))),
                List.of(
                        held(1, 2, Map.of(A, AttendanceStatus.ABSENT)),
                        held(2, 4, Map.of()),
                        held(3, 5, Map.of()),
                        held(4, 6, Map.of())))));
        assertThat(report.seats()).singleElement().satisfies(s -> {
            assertThat(s.held()).isEqualTo(1);
            assertThat(s.flagged()).isFalse();
        });
        assertThat(ParticipationReport.rate(0, 0)).isNull();
    }

    @Test
    void aHeldMeetingWithoutAttendanceIsCountedApartAndTheFiguresAddUp() {
        TableInput table = new TableInput(
                10,
                "Anziani",
                List.of(new Seat(A, "Alfa", day(1), null), new Seat(B, "Beta", day(1), null)),
                List.of(
                        held(1, 2, Map.of(A, AttendanceStatus.PRESENT, B, AttendanceStatus.ABSENT)),
                        // the office never recorded this sheet
                        held(2, 3, Map.of()),
                        held(3, 4, Map.of(A, AttendanceStatus.EXCUSED, B, AttendanceStatus.PRESENT))));
        ParticipationReport report = ParticipationReport.of(List.of(table));

        for (ParticipationReport.SeatRate seat : report.seats()) {
            assertThat(seat.notRecorded()).isEqualTo(1);
            assertThat(seat.present() + seat.excused() + seat.absent() + seat.notRecorded())
                    .isEqualTo(seat.held());
            // one of the two recorded meetings: the forgotten sheet is not an absence
            assertThat(seat.rate()).isEqualByComparingTo(new BigDecimal("50.0"));
        }
        ParticipationReport.TableRate rate = report.tables().get(0);
        assertThat(rate.meetingsHeld()).isEqualTo(3);
        assertThat(rate.meetingsNotRecorded()).isEqualTo(1);
        assertThat(rate.present() + rate.excused() + rate.absent() + rate.notRecorded())
                .isEqualTo(rate.expected());
        assertThat(rate.notRecorded()).isEqualTo(2);
        assertThat(report.organizations()).allSatisfy(o -> {
            assertThat(o.notRecorded()).isEqualTo(1);
            assertThat(o.present() + o.excused() + o.absent() + o.notRecorded()).isEqualTo(o.held());
        });
    }

    @Test
    void eachPersonIsCountedForTheMeetingsTheyAttendedThemselves() {
        TableInput table = new TableInput(
                10,
                "Anziani",
                List.of(
                        // Rossi represented Alfa until March, then Bianchi; Verdi was the substitute throughout
                        new Seat(A, "Alfa", "Rossi", "Verdi", day(1), day(3)),
                        new Seat(A, "Alfa", "Bianchi", "Verdi", day(3), null)),
                List.of(
                        new Held(1, day(1), Map.of(A, AttendanceMark.REPRESENTATIVE)),
                        new Held(2, day(2), Map.of(A, AttendanceMark.SUBSTITUTE)),
                        new Held(3, day(3), Map.of(A, AttendanceMark.REPRESENTATIVE)),
                        new Held(4, day(4), Map.of()),
                        new Held(5, day(5), Map.of(A, AttendanceMark.ABSENT))));
        ParticipationReport report = ParticipationReport.of(List.of(table));

        assertThat(report.people())
                .extracting(
                        ParticipationReport.PersonRate::person,
                        ParticipationReport.PersonRate::role,
                        ParticipationReport.PersonRate::held,
                        ParticipationReport.PersonRate::attended,
                        ParticipationReport.PersonRate::notRecorded)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Rossi", Attendee.REPRESENTATIVE, 2, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("Bianchi", Attendee.REPRESENTATIVE, 3, 1, 1),
                        org.assertj.core.groups.Tuple.tuple("Verdi", Attendee.SUBSTITUTE, 5, 1, 1));
        assertThat(report.people())
                .filteredOn(p -> p.person().equals("Bianchi"))
                .singleElement()
                .satisfies(p -> assertThat(p.rate()).isEqualByComparingTo(new BigDecimal("50.0")));
    }
}

package it.zona.participation.meetings;

import it.zona.programme.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much the organisations take part in a plan's tables: for each table and organisation, the
 * meetings held while it was seated and how each went (present, excused, absent, or attendance not
 * recorded, which add up to the meetings held); the totals per table and per organisation; the same
 * for each person who held a seat (representative or substitute); and the organisations ABSENT (not
 * excused) from the last three or more held meetings of a table in a row, which the office should
 * call. A rate counts only the meetings whose attendance was recorded: an office that forgot the
 * sheet does not make an organisation look absent.
 */
public record ParticipationReport(
        List<TableRate> tables,
        List<SeatRate> seats,
        List<OrganizationRate> organizations,
        List<PersonRate> people,
        List<SeatRate> flagged) {

    /** Absences in a row, at the end of a table's held meetings, that flag an organisation. */
    public static final int ABSENCES_FLAGGED = 3;

    /**
     * A table's totals over its seats; {@code meetingsNotRecorded} are its held meetings without an
     * attendance sheet. A rate is a percentage with one decimal, null when nothing was recorded.
     */
    public record TableRate(
            long tableId,
            String table,
            int meetingsHeld,
            int meetingsNotRecorded,
            int expected,
            int present,
            int excused,
            int absent,
            int notRecorded,
            BigDecimal rate) {}

    public record SeatRate(
            long tableId,
            String table,
            Named organization,
            int held,
            int present,
            int excused,
            int absent,
            int notRecorded,
            int absencesInARow,
            BigDecimal rate) {

        public boolean flagged() {
            return absencesInARow >= ABSENCES_FLAGGED;
        }
    }

    public record OrganizationRate(
            Named organization, int held, int present, int excused, int absent, int notRecorded, BigDecimal rate) {}

    /**
     * One person's part at one table: the meetings held while they held the seat as {@code role},
     * those they attended themselves, and those whose attendance was not recorded.
     */
    public record PersonRate(
            long tableId,
            String table,
            Named organization,
            String person,
            Attendee role,
            int held,
            int attended,
            int notRecorded,
            BigDecimal rate) {}

    /**
     * A seat at a table for the calculation: who held it (the substitute may be null), when it began
     * and ended (null: still seated).
     */
    record Seat(
            long organizationId,
            String name,
            String representative,
            String substitute,
            LocalDate joinedOn,
            LocalDate leftOn) {

        Seat(long organizationId, String name, LocalDate joinedOn, LocalDate leftOn) {
            this(organizationId, name, null, null, joinedOn, leftOn);
        }

        boolean covers(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
        }

        String holder(Attendee role) {
            return role == Attendee.REPRESENTATIVE ? representative : substitute;
        }
    }

    /** A held meeting for the calculation, with each organisation's recorded mark (if recorded). */
    record Held(long meetingId, LocalDate date, Map<Long, AttendanceMark> marks) {

        boolean recorded() {
            return !marks.isEmpty();
        }
    }

    /** The figures of one table. */
    record TableInput(long tableId, String name, List<Seat> seats, List<Held> held) {}

    static ParticipationReport of(List<TableInput> inputs) {
        List<TableRate> tables = new ArrayList<>();
        List<SeatRate> seats = new ArrayList<>();
        List<PersonRate> people = new ArrayList<>();
        for (TableInput input : inputs) {
            List<Held> held = input.held().stream()
                    .sorted(Comparator.comparing(Held::date).thenComparing(Held::meetingId))
                    .toList();
            Map<Long, String> organizations = new LinkedHashMap<>();
            input.seats().stream()
                    .sorted(Comparator.comparing(Seat::name))
                    .forEach(seat -> organizations.putIfAbsent(seat.organizationId(), seat.name()));
            List<SeatRate> tableSeats = new ArrayList<>();
            for (Map.Entry<Long, String> organization : organizations.entrySet()) {
                SeatRate seat = seat(input, held, new Named(organization.getKey(), organization.getValue()));
                if (seat != null) {
                    tableSeats.add(seat);
                }
                people.addAll(people(input, held, new Named(organization.getKey(), organization.getValue())));
            }
            seats.addAll(tableSeats);
            tables.add(table(input, held, tableSeats));
        }
        return new ParticipationReport(
                tables,
                seats,
                organizations(seats),
                people,
                seats.stream().filter(SeatRate::flagged).toList());
    }

    /** One organisation at one table, or null when no meeting was held while it was seated. */
    private static SeatRate seat(TableInput input, List<Held> held, Named organization) {
        long id = organization.id();
        int expected = 0;
        int present = 0;
        int excused = 0;
        int absent = 0;
        int inARow = 0;
        for (Held meeting : held) {
            boolean seated =
                    input.seats().stream().anyMatch(seat -> seat.organizationId() == id && seat.covers(meeting.date()));
            if (!seated) {
                continue;
            }
            expected++;
            AttendanceMark mark = meeting.marks().get(id);
            if (mark == null) {
                continue;
            }
            switch (mark.status()) {
                case PRESENT -> {
                    present++;
                    inARow = 0;
                }
                case EXCUSED -> {
                    excused++;
                    inARow = 0;
                }
                case ABSENT -> {
                    absent++;
                    inARow++;
                }
            }
        }
        if (expected == 0) {
            return null;
        }
        int notRecorded = expected - present - excused - absent;
        return new SeatRate(
                input.tableId(),
                input.name(),
                organization,
                expected,
                present,
                excused,
                absent,
                notRecorded,
                inARow,
                rate(present, expected - notRecorded));
    }

    /** The people who held the organisation's seat at the table, each in each role they held. */
    private static List<PersonRate> people(TableInput input, List<Held> held, Named organization) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Attendee role : Attendee.values()) {
            for (Held meeting : held) {
                input.seats().stream()
                        .filter(seat -> seat.organizationId() == organization.id() && seat.covers(meeting.date()))
                        .map(seat -> seat.holder(role))
                        .filter(person -> person != null)
                        .findFirst()
                        .ifPresent(person -> {
                            int[] count = counts.computeIfAbsent(role + "\u0000" + person, k -> new int[3]);
                            count[0]++;
                            AttendanceMark mark = meeting.marks().get(organization.id());
                            if (mark == null) {
                                count[2]++;
                            } else if (mark.attendee() == role) {
                                count[1]++;
                            }
                        });
            }
        }
        return counts.entrySet().stream()
                .map(entry -> {
                    String[] key = entry.getKey().split("\u0000", 2);
                    int[] count = entry.getValue();
                    return new PersonRate(
                            input.tableId(),
                            input.name(),
                            organization,
                            key[1],
                            Attendee.valueOf(key[0]),
                            count[0],
                            count[1],
                            count[2],
                            rate(count[1], count[0] - count[2]));
                })
                .toList();
    }

    private static TableRate table(TableInput input, List<Held> held, List<SeatRate> seats) {
        int expected = seats.stream().mapToInt(SeatRate::held).sum();
        int present = seats.stream().mapToInt(SeatRate::present).sum();
        int notRecorded = seats.stream().mapToInt(SeatRate::notRecorded).sum();
        return new TableRate(
                input.tableId(),
                input.name(),
                held.size(),
                (int) held.stream().filter(meeting -> !meeting.recorded()).count(),
                expected,
                present,
                seats.stream().mapToInt(SeatRate::excused).sum(),
                seats.stream().mapToInt(SeatRate::absent).sum(),
                notRecorded,
                rate(present, expected - notRecorded));
    }

    private static List<OrganizationRate> organizations(List<SeatRate> seats) {
        Map<Long, List<SeatRate>> byOrganization = new LinkedHashMap<>();
        seats.forEach(seat -> byOrganization
                .computeIfAbsent(seat.organization().id(), k -> new ArrayList<>())
                .add(seat));
        return byOrganization.values().stream()
                .map(list -> {
                    int held = list.stream().mapToInt(SeatRate::held).sum();
                    int present = list.stream().mapToInt(SeatRate::present).sum();
                    int notRecorded =
                            list.stream().mapToInt(SeatRate::notRecorded).sum();
                    return new OrganizationRate(
                            list.get(0).organization(),
                            held,
                            present,
                            list.stream().mapToInt(SeatRate::excused).sum(),
                            list.stream().mapToInt(SeatRate::absent).sum(),
                            notRecorded,
                            rate(present, held - notRecorded));
                })
                .sorted(Comparator.comparing(rate -> rate.organization().name()))
                .toList();
    }

    static BigDecimal rate(int present, int expected) {
        return expected == 0
                ? null
                : BigDecimal.valueOf(present * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }

    /** The flags of one table, for its page. */
    public List<SeatRate> flaggedAt(long tableId) {
        return flagged.stream().filter(f -> f.tableId() == tableId).toList();
    }

    /**
     * How wide a rate's bar is drawn, as a share of the chart's width: a full rate takes three
     * quarters, leaving room for its figure beside it.
     */
    public String width(BigDecimal rate) {
        if (rate == null || rate.signum() == 0) {
            return "0";
        }
        return rate.multiply(BigDecimal.valueOf(75))
                        .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP)
                        .max(new BigDecimal("0.5"))
                        .toPlainString()
                + "%";
    }
}

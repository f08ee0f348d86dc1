package it.zona.participation;

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
 * meetings held while it was seated and how many it attended; the totals per table and per
 * organisation; and the organisations ABSENT (not excused) from the last three or more held
 * meetings of a table in a row, which the office should call.
 */
public record ParticipationReport(
        List<TableRate> tables, List<SeatRate> seats, List<OrganizationRate> organizations, List<SeatRate> flagged) {

    /** Absences in a row, at the end of a table's held meetings, that flag an organisation. */
    public static final int ABSENCES_FLAGGED = 3;

    /** A rate is a percentage with one decimal, null when there was no meeting to attend. */
    public record TableRate(long tableId, String table, int meetingsHeld, int expected, int present, BigDecimal rate) {}

    public record SeatRate(
            long tableId,
            String table,
            Named organization,
            int held,
            int present,
            int excused,
            int absent,
            int absencesInARow,
            BigDecimal rate) {

        public boolean flagged() {
            return absencesInARow >= ABSENCES_FLAGGED;
        }
    }

    public record OrganizationRate(Named organization, int held, int present, BigDecimal rate) {}

    /** A seat at a table for the calculation: when it began and ended (null: still seated). */
    record Seat(long organizationId, String name, LocalDate joinedOn, LocalDate leftOn) {

        boolean covers(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
        }
    }

    /** A held meeting for the calculation, with each organisation's recorded status (if recorded). */
    record Held(long meetingId, LocalDate date, Map<Long, AttendanceStatus> attendance) {}

    /** The figures of one table. */
    record TableInput(long tableId, String name, List<Seat> seats, List<Held> held) {}

    static ParticipationReport of(List<TableInput> inputs) {
        List<TableRate> tables = new ArrayList<>();
        List<SeatRate> seats = new ArrayList<>();
        Map<Long, int[]> totals = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (TableInput input : inputs) {
            List<Held> held = input.held().stream()
                    .sorted(Comparator.comparing(Held::date).thenComparing(Held::meetingId))
                    .toList();
            Map<Long, String> organizations = new LinkedHashMap<>();
            input.seats().stream()
                    .sorted(Comparator.comparing(Seat::name))
                    .forEach(seat -> organizations.putIfAbsent(seat.organizationId(), seat.name()));
            int tableExpected = 0;
            int tablePresent = 0;
            for (Map.Entry<Long, String> organization : organizations.entrySet()) {
                long id = organization.getKey();
                int expected = 0;
                int present = 0;
                int excused = 0;
                int absent = 0;
                int inARow = 0;
                for (Held meeting : held) {
                    boolean seated = input.seats().stream()
                            .anyMatch(seat -> seat.organizationId() == id && seat.covers(meeting.date()));
                    if (!seated) {
                        continue;
                    }
                    expected++;
                    AttendanceStatus status = meeting.attendance().get(id);
                    if (status == null) {
                        continue;
                    }
                    switch (status) {
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
                    continue;
                }
                Named named = new Named(id, organization.getValue());
                seats.add(new SeatRate(
                        input.tableId(),
                        input.name(),
                        named,
                        expected,
                        present,
                        excused,
                        absent,
                        inARow,
                        rate(present, expected)));
                tableExpected += expected;
                tablePresent += present;
                int[] total = totals.computeIfAbsent(id, k -> new int[2]);
                total[0] += expected;
                total[1] += present;
                names.put(id, organization.getValue());
            }
            tables.add(new TableRate(
                    input.tableId(),
                    input.name(),
                    held.size(),
                    tableExpected,
                    tablePresent,
                    rate(tablePresent, tableExpected)));
        }
        List<OrganizationRate> organizations = totals.entrySet().stream()
                .map(total -> new OrganizationRate(
                        new Named(total.getKey(), names.get(total.getKey())),
                        total.getValue()[0],
                        total.getValue()[1],
                        rate(total.getValue()[1], total.getValue()[0])))
                .sorted(Comparator.comparing(rate -> rate.organization().name()))
                .toList();
        return new ParticipationReport(
                tables,
                seats,
                organizations,
                seats.stream().filter(SeatRate::flagged).toList());
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

    /** Bar lengths for the chart: 100% is {@code scale} units long. */
    public int length(BigDecimal rate, int scale) {
        return rate == null
                ? 0
                : rate.multiply(BigDecimal.valueOf(scale))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                        .intValue();
    }
}

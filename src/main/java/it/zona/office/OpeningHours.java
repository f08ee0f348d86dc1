package it.zona.office;

import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An office's weekly reception hours and its closures, read in Italian civil time (Europe/Rome).
 *
 * <p>A slot belongs to the day it starts on. One that closes at or before its opening time runs past
 * midnight (20:00–02:00); 00:00 as closing time means midnight. A closure closes the slots that
 * start on its days. Times are wall-clock times, so a slot keeps its hours across the changes to
 * and from daylight-saving time; on the night the clocks go back, the repeated hour counts as open
 * both times if a slot covers it.
 */
public record OpeningHours(List<Slot> slots, List<Closure> closures) {

    /** How far ahead the next opening is looked for: beyond a year an office is simply closed. */
    private static final int HORIZON_DAYS = 366;

    public OpeningHours {
        slots = slots.stream()
                .sorted(Comparator.comparing(Slot::day).thenComparing(Slot::opens))
                .toList();
        closures = closures.stream()
                .sorted(Comparator.comparing(Closure::firstDay))
                .toList();
        for (Slot slot : slots) {
            for (Slot other : slots) {
                if (slot != other && slot.overlaps(other)) {
                    throw RuleViolationException.invalid(
                            "hours",
                            "error.hours.overlap",
                            new DefaultMessageSourceResolvable("day." + other.day()),
                            other.opens());
                }
            }
        }
    }

    @Embeddable
    public record Slot(
            @Enumerated(EnumType.STRING) @Column(name = "day_of_week")
            DayOfWeek day,

            @Column(name = "opens_at") LocalTime opens,
            @Column(name = "closes_at") LocalTime closes) {

        public Slot {
            if (day == null || opens == null || closes == null) {
                throw RuleViolationException.invalid("hours", "error.hours.incomplete");
            }
            if (opens.equals(closes)) {
                throw RuleViolationException.invalid("hours", "error.hours.emptySlot", opens);
            }
        }

        boolean overnight() {
            return !closes.isAfter(opens);
        }

        LocalDateTime start(LocalDate date) {
            return date.atTime(opens);
        }

        LocalDateTime end(LocalDate date) {
            return overnight() ? date.plusDays(1).atTime(closes) : date.atTime(closes);
        }

        /** Whether the two slots share a moment in some week (compared on a reference week). */
        boolean overlaps(Slot other) {
            for (int week = -1; week <= 1; week++) {
                LocalDate mine = REFERENCE_MONDAY.plusDays(day.ordinal());
                LocalDate theirs = REFERENCE_MONDAY.plusWeeks(week).plusDays(other.day.ordinal());
                if (start(mine).isBefore(other.end(theirs))
                        && other.start(theirs).isBefore(end(mine))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final LocalDate REFERENCE_MONDAY = LocalDate.of(2024, 1, 1);

    @Embeddable
    public record Closure(
            @Column(name = "first_day") LocalDate firstDay,
            @Column(name = "last_day") LocalDate lastDay,
            @Column(name = "reason") String reason) {

        public Closure {
            if (firstDay == null || lastDay == null) {
                throw RuleViolationException.invalid("closures", "error.closure.incomplete");
            }
            if (lastDay.isBefore(firstDay)) {
                throw RuleViolationException.invalid("closures", "error.closure.endBeforeStart");
            }
            reason = reason == null || reason.isBlank() ? null : reason.strip();
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    /** Open now until {@code until}, or closed and opening next at {@code nextOpening} (null if never). */
    public record Status(boolean open, LocalDateTime until, LocalDateTime nextOpening) {}

    /** The slots of one day of the week, for display. */
    public record Day(DayOfWeek day, List<Slot> slots) {}

    public boolean isOpenAt(Instant instant) {
        return statusAt(instant).open();
    }

    public Status statusAt(Instant instant) {
        LocalDateTime now = instant.atZone(PlatformConfig.ZONE).toLocalDateTime();
        LocalDate today = now.toLocalDate();
        // A slot covering now started today, or yesterday if it runs past midnight.
        for (LocalDate date : List.of(today.minusDays(1), today)) {
            for (Slot slot : slotsStartingOn(date)) {
                if (!now.isBefore(slot.start(date)) && now.isBefore(slot.end(date))) {
                    return new Status(true, slot.end(date), null);
                }
            }
        }
        for (int offset = 0; offset <= HORIZON_DAYS; offset++) {
            LocalDate date = today.plusDays(offset);
            for (Slot slot : slotsStartingOn(date)) {
                if (slot.start(date).isAfter(now)) {
                    return new Status(false, null, slot.start(date));
                }
            }
        }
        return new Status(false, null, null);
    }

    /** Monday to Sunday, each with its slots (empty when the office does not receive that day). */
    public List<Day> week() {
        List<Day> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new Day(day, slots.stream().filter(s -> s.day() == day).toList()));
        }
        return week;
    }

    /** Closures that end today or later. */
    public List<Closure> closuresFrom(LocalDate day) {
        return closures.stream().filter(c -> !c.lastDay().isBefore(day)).toList();
    }

    private List<Slot> slotsStartingOn(LocalDate date) {
        if (closures.stream().anyMatch(c -> c.covers(date))) {
            return List.of();
        }
        return slots.stream().filter(s -> s.day() == date.getDayOfWeek()).toList();
    }
}

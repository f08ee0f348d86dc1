package it.zona.participation.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A month of a plan's calendar as weeks of seven days, Monday first; days of the neighbouring months
 * fill the first and last week (outside = true) and show no meetings.
 */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks) {

    public record Day(LocalDate date, boolean outside, boolean today, boolean deadline, List<MeetingView> meetings) {}

    static CalendarMonth of(
            YearMonth month, Map<LocalDate, List<MeetingView>> meetings, LocalDate today, LocalDate deadline) {
        LocalDate first = month.atDay(1);
        LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        List<List<Day>> weeks = new ArrayList<>();
        while (!cursor.isAfter(month.atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                boolean outside = !YearMonth.from(cursor).equals(month);
                week.add(new Day(
                        cursor,
                        outside,
                        cursor.equals(today),
                        !outside && cursor.equals(deadline),
                        outside ? List.of() : meetings.getOrDefault(cursor, List.of())));
                cursor = cursor.plusDays(1);
            }
            weeks.add(week);
        }
        return new CalendarMonth(month, weeks);
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}

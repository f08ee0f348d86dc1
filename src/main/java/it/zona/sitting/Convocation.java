package it.zona.sitting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** What a convocation says: when (first and second call), where, and the agenda. */
record Convocation(
        LocalDate date,
        LocalTime startTime,
        LocalDate secondCallDate,
        LocalTime secondCallTime,
        String place,
        String onlineLink,
        List<AgendaItem> items) {

    LocalDateTime firstCall() {
        return date.atTime(startTime);
    }

    LocalDateTime secondCall() {
        return secondCallDate.atTime(secondCallTime == null ? startTime : secondCallTime);
    }
}

package it.zona.participation.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting as its pages, the calendar and the API show it. {@code tableId} and {@code tableName}
 * are null for a plenary meeting of the plan. {@code previousDates} are the dates it had before it
 * was postponed, oldest first. {@code toBeRecorded}: its end has passed and it is still pending,
 * so it must be recorded as held or cancelled (pages show it instead of "scheduled").
 */
public record MeetingView(
        long id,
        long planId,
        Long tableId,
        String tableName,
        String title,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String place,
        String onlineLink,
        List<String> agenda,
        MeetingStatus status,
        boolean toBeRecorded,
        int sequence,
        List<PreviousDate> previousDates,
        List<Guest> guests,
        long version) {

    public boolean plenary() {
        return tableId == null;
    }

    public MeetingForm toForm() {
        return new MeetingForm(title, date, startTime, endTime, place, onlineLink, agenda, version);
    }

    public MoveForm toMoveForm() {
        return new MoveForm(date, startTime, endTime, version);
    }
}

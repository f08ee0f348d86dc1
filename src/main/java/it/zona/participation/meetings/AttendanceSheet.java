package it.zona.participation.meetings;

import it.zona.programme.Named;
import java.util.List;

/**
 * A meeting's attendance: one line for each organisation seated at the table on the meeting's day
 * (all the plan's tables for a plenary), with whom it had named and what was recorded (null mark:
 * nothing yet), and the guests.
 */
public record AttendanceSheet(MeetingView meeting, List<Line> lines, List<Guest> guests, boolean recorded) {

    public record Line(Named organization, String representative, String substitute, AttendanceMark mark) {}

    public AttendanceForm toForm() {
        return new AttendanceForm(
                lines.stream()
                        .map(line -> new AttendanceForm.Line(line.organization().id(), line.mark()))
                        .toList(),
                guests);
    }
}

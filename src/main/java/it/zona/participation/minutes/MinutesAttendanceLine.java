package it.zona.participation.minutes;

import it.zona.participation.meetings.AttendanceMark;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One organisation's attendance as approved minutes keep it: names only, never contacts. */
@Embeddable
public record MinutesAttendanceLine(
        String organization,
        @Column(name = "attended_by") String attendedBy,
        @Enumerated(EnumType.STRING) AttendanceMark mark) {}

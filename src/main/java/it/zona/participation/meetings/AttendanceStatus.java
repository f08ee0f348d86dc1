package it.zona.participation.meetings;

/** Whether a member organisation was at a meeting; EXCUSED is an absence announced beforehand. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}

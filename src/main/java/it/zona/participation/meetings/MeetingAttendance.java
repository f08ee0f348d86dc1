package it.zona.participation.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member organisation's line of a meeting's attendance sheet. */
@Entity
@Table(name = "meeting_attendance")
class MeetingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    @Enumerated(EnumType.STRING)
    private Attendee attendee;

    protected MeetingAttendance() {}

    MeetingAttendance(long meetingId, long organizationId, AttendanceMark mark) {
        this.meetingId = meetingId;
        this.organizationId = organizationId;
        this.status = mark.status();
        this.attendee = mark.attendee();
    }

    long meetingId() {
        return meetingId;
    }

    long organizationId() {
        return organizationId;
    }

    AttendanceStatus status() {
        return status;
    }

    Attendee attendee() {
        return attendee;
    }

    AttendanceMark mark() {
        return AttendanceMark.of(status, attendee);
    }
}

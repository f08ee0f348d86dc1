package it.zona.participation.meetings;

/**
 * One organisation's line of the attendance sheet, as the form's radios and the API give it: present
 * with its representative or its substitute, absent, or excused.
 */
public enum AttendanceMark {
    REPRESENTATIVE(AttendanceStatus.PRESENT, Attendee.REPRESENTATIVE),
    SUBSTITUTE(AttendanceStatus.PRESENT, Attendee.SUBSTITUTE),
    ABSENT(AttendanceStatus.ABSENT, null),
    EXCUSED(AttendanceStatus.EXCUSED, null);

    private final AttendanceStatus status;
    private final Attendee attendee;

    AttendanceMark(AttendanceStatus status, Attendee attendee) {
        this.status = status;
        this.attendee = attendee;
    }

    public AttendanceStatus status() {
        return status;
    }

    public Attendee attendee() {
        return attendee;
    }

    static AttendanceMark of(AttendanceStatus status, Attendee attendee) {
        return switch (status) {
            case PRESENT -> attendee == Attendee.SUBSTITUTE ? SUBSTITUTE : REPRESENTATIVE;
            case ABSENT -> ABSENT;
            case EXCUSED -> EXCUSED;
        };
    }
}

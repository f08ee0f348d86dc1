package it.zona.participation.meetings;

/**
 * Where a meeting stands. A POSTPONED meeting was moved to a new date (its earlier dates are kept)
 * and is still to be held, as a SCHEDULED one is; HELD and CANCELLED are final.
 */
public enum MeetingStatus {
    SCHEDULED,
    HELD,
    CANCELLED,
    POSTPONED;

    /** Still to be held: invitations, reminders and the calendar's warnings count it. */
    public boolean isPending() {
        return this == SCHEDULED || this == POSTPONED;
    }
}

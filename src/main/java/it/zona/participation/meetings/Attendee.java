package it.zona.participation.meetings;

/** Who of an organisation's two named people came to a meeting. */
public enum Attendee {
    REPRESENTATIVE,
    SUBSTITUTE
}

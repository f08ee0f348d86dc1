package it.zona.participation;

/** Who of an organisation's two named people came to a meeting. */
public enum Attendee {
    REPRESENTATIVE,
    SUBSTITUTE
}

package it.zona.participation.minutes;

/** Where a version of the minutes stands: written, sent to the members for remarks, approved. */
public enum MinutesStatus {
    DRAFT,
    CIRCULATED,
    APPROVED
}

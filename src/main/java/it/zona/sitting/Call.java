package it.zona.sitting;

/** The call a sitting is held at: the first, or the second when the first found no quorum. */
public enum Call {
    FIRST,
    SECOND
}

package it.zona.programme;

/** Where a need came to light. */
public enum HeardAt {
    DATA,
    THEMATIC_TABLE,
    SERVICE,
    CONSULTATION,
    OTHER
}

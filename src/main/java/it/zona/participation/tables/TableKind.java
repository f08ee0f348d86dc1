package it.zona.participation.tables;

/** A table meets for the whole plan, or for one task (e.g. drafting an area's objectives). */
public enum TableKind {
    PERMANENT,
    TEMPORARY
}

package it.zona.programme;

/** A general objective spans the plan's period; a specific one serves a general one in one year. */
public enum ObjectiveKind {
    GENERAL,
    SPECIFIC
}

package it.zona.sitting;

/** What the vote on an agenda item decided. */
public enum Outcome {
    APPROVED,
    REJECTED
}

package it.zona.sitting;

/** A member's vote on an agenda item. */
public enum Choice {
    IN_FAVOUR,
    AGAINST,
    ABSTAINED
}

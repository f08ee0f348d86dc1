package it.zona.sitting;

/** What an item, once approved, does to an earlier resolution of the same body. */
public enum Effect {
    AMENDS,
    REVOKES
}

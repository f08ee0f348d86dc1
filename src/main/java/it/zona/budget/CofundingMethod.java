package it.zona.budget;

/** How the member municipalities share the municipal co-funding of a year. */
public enum CofundingMethod {
    /** In proportion to their resident population. */
    POPULATION,
    /** A quota per inhabitant: each municipality gives quota × population. */
    PER_CAPITA,
    /** Percentages the mayors agreed. */
    AGREED
}

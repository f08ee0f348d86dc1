package it.zona.sitting;

/** What a vote weighs: one per head, the population of the municipality represented, or a share agreed in the statute. */
public enum WeightBasis {
    HEADCOUNT,
    POPULATION,
    AGREED_SHARES
}

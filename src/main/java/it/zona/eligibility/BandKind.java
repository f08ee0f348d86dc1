package it.zona.eligibility;

/**
 * What the ISEE bands of a titolo sociale give: the amount the person receives, or the
 * contribution the person pays towards the service.
 */
public enum BandKind {
    AMOUNT,
    CONTRIBUTION
}

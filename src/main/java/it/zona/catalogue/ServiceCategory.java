package it.zona.catalogue;

/**
 * The categories of the modello Comuni service pages (Designers Italia) that social services fall
 * in: a citizen finds the District's services where they find their Comune's.
 */
public enum ServiceCategory {
    HEALTH_WELFARE_CARE,
    EDUCATION_TRAINING,
    WORK,
    MOBILITY_TRANSPORT,
    CULTURE_LEISURE
}

package it.zona.eligibility;

/** The kinds of criterion a row of the office's criteria form may hold. */
enum CriterionKind {
    AGE,
    RESIDENCE,
    ISEE,
    HOUSEHOLD,
    DISABILITY,
    INVALIDITY,
    NON_SELF_SUFFICIENCY,
    EMPLOYMENT,
    RESIDENCE_PERMIT,
    ASSESSMENT
}

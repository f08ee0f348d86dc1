package it.zona.eligibility;

/**
 * A question of the eligibility check's form: the check asks only those that some criterion of the
 * District's services needs, in this order.
 */
public enum Question {
    AGE,
    MUNICIPALITY,
    ISEE,
    HOUSEHOLD,
    DISABILITY,
    INVALIDITY,
    SELF_SUFFICIENCY,
    EMPLOYMENT,
    CITIZENSHIP
}

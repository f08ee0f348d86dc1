package it.zona.monitoring;

/** What an alert is about; each names the thing to fix, and goes when it is fixed. */
enum AlertKind {
    /** A budget line's payments lag behind the part of its year gone by, beyond the margin. */
    PAYMENTS_LAG,
    /** A budget line committed beyond its allowance (planned plus variations). */
    OVER_COMMITTED,
    /** A fund annuality with money unpaid whose reporting deadline has passed without a report. */
    FUND_DEADLINE_PASSED,
    /** A fund annuality with money unpaid whose reporting deadline is near. */
    FUND_DEADLINE_NEAR,
    /** An indicator behind its target this year. */
    INDICATOR_BEHIND,
    /** A meeting held long enough ago whose minutes are not approved. */
    MINUTES_NOT_APPROVED,
    /** An intervention under way with no progress entry for months. */
    NO_PROGRESS
}

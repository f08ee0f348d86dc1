package it.zona.indicators;

/**
 * Where an indicator stands in one year, as {@link StatusRule} computes it: the target reached, on
 * its way at the pace of the year, behind, or nothing to judge by (no target, or no valid
 * measurement of the year).
 */
public enum IndicatorStatus {
    REACHED,
    ON_TRACK,
    BEHIND,
    NO_DATA
}

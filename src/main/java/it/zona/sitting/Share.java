package it.zona.sitting;

/**
 * A share of a whole that a quorum or a majority asks for, as statutes word it ("la maggioranza dei
 * componenti", "almeno un terzo"). Compared in whole numbers, so exactly half is exactly half.
 */
public enum Share {
    /** No requirement. */
    NONE,
    AT_LEAST_ONE_THIRD,
    AT_LEAST_HALF,
    MORE_THAN_HALF,
    AT_LEAST_TWO_THIRDS;

    /** Whether {@code part} of {@code whole} is enough; nothing is enough of an empty whole but no requirement. */
    boolean reachedBy(long part, long whole) {
        if (this == NONE) {
            return true;
        }
        if (whole <= 0) {
            return false;
        }
        return switch (this) {
            case AT_LEAST_ONE_THIRD -> 3 * part >= whole;
            case AT_LEAST_HALF -> 2 * part >= whole;
            case MORE_THAN_HALF -> 2 * part > whole;
            case AT_LEAST_TWO_THIRDS -> 3 * part >= 2 * whole;
            case NONE -> true;
        };
    }
}

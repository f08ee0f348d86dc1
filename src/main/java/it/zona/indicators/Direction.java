package it.zona.indicators;

/** Which way an indicator's value is better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** +1 when higher is better, -1 when lower is: a value times the sign grows as things improve. */
    int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}

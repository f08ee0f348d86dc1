package it.zona.programme;

import java.util.List;

/**
 * Implemented by what an intervention holds for some of its years (its budget lines, its staff),
 * so that the intervention's years cannot shrink under them.
 */
public interface InterventionContentCheck {

    /** Descriptions of what the intervention holds outside these years; empty if nothing. */
    List<String> outsideYears(long interventionId, int firstYear, int lastYear);
}

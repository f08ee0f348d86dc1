package it.zona.plan;

import java.util.List;

/**
 * Implemented by what a plan holds for some of its years (interventions, budget lines), so that the
 * plan's period cannot shrink under them.
 */
public interface PlanContentCheck {

    /** Names of what the plan holds outside these years; empty if nothing. */
    List<String> outside(long planId, int firstYear, int lastYear);
}

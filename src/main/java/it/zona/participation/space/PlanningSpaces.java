package it.zona.participation.space;

import it.zona.plan.PlanFacts;
import it.zona.plan.PlanRegistry;
import org.springframework.stereotype.Component;

/**
 * The one place the participation modules learn what their tables, meetings and minutes belong to.
 * Today a planning space is always a District's plan, public from its launch; an owner of another
 * kind (a province's programme, say) is added here and in {@link ParticipationAccess}, not in each
 * module.
 */
@Component
public class PlanningSpaces {

    private final PlanRegistry plans;

    PlanningSpaces(PlanRegistry plans) {
        this.plans = plans;
    }

    /** The plan a table, a meeting or a call belongs to; not found while the public may not see it. */
    public PlanFacts plan(long planId) {
        return plans.facts(planId);
    }
}

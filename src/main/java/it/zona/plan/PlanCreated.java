package it.zona.plan;

/**
 * A District has a new plan. Published inside the creating transaction, so that what other modules
 * prepare for it (the default policy areas, say) is created with it or not at all.
 */
public record PlanCreated(long planId, long districtId, Long previousPlanId) {}

package it.zona.plan;

import it.zona.shared.EntityChanged;

/**
 * Leave to change a plan, with what the audit log needs: the plan's District and, past the mayors'
 * approval, the reason given for the change.
 */
public record PlanChange(
        long planId, long districtId, String districtSlug, int firstYear, int lastYear, String reason) {

    /** The API's header for the reason of a change to a plan past the mayors' approval. */
    public static final String REASON_HEADER = "Zona-Change-Reason";

    /** The change event, carrying the reason when one was required. */
    public EntityChanged record(EntityChanged change) {
        return reason == null ? change : change.because(reason);
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}

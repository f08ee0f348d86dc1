package it.zona.plan;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page about a plan shares: the plan and what the user may do with it in the model.
 * Reading follows the plan (public once approved, its District's staff before); forms are for those
 * who may change it, and carry the reason a change past approval needs.
 */
@Component
public class PlanPages {

    private final PlanRegistry plans;

    PlanPages(PlanRegistry plans) {
        this.plans = plans;
    }

    /** Puts the plan ({@code plan}) and the user's permissions ({@code can}) in the model. */
    public PlanView read(long planId, Model model) {
        PlanView plan = plans.view(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("can", plans.permissions(planId));
        return plan;
    }

    /** Like {@link #read} for a page that changes the plan, with the {@code reason} typed so far. */
    public PlanView edit(long planId, String reason, Model model) {
        PlanView plan = read(planId, model);
        requireEdit(planId);
        model.addAttribute("reason", reason == null ? "" : reason);
        return plan;
    }

    /** Refuses who may not change the plan: without leave there is no form to show or send. */
    public PlanView requireEdit(long planId) {
        PlanView plan = plans.view(planId);
        if (!plans.permissions(planId).canEdit()) {
            throw new AccessDeniedException("No leave to change plan " + planId);
        }
        return plan;
    }
}

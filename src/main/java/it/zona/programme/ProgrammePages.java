package it.zona.programme;

import it.zona.plan.PlanPermissions;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of a plan's content shares: the plan and what the user may do with it. Reading
 * follows the plan (public once approved); the forms are for those who may change it.
 */
@Component
class ProgrammePages {

    static final String DELETE_VIEW = "programme/delete";

    private final PlanRegistry plans;

    ProgrammePages(PlanRegistry plans) {
        this.plans = plans;
    }

    /** Puts the plan and the user's permissions in the model, refusing who may not read it. */
    PlanView read(long planId, Model model) {
        PlanView plan = plans.view(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("can", plans.permissions(planId));
        return plan;
    }

    /** Like {@link #read} for a form: refuses who may not change the plan. */
    PlanView edit(long planId, String reason, Model model) {
        PlanView plan = read(planId, model);
        PlanPermissions can = plans.permissions(planId);
        if (!can.canEdit()) {
            throw new AccessDeniedException("No leave to change plan " + planId);
        }
        model.addAttribute("reason", reason == null ? "" : reason);
        return plan;
    }

    /** The confirmation page of a deletion, or the page saying what holds the item. */
    String delete(DeletePage page, Model model) {
        model.addAttribute("delete", page);
        return DELETE_VIEW;
    }

    static long version(Long version) {
        return version == null ? -1 : version;
    }
}

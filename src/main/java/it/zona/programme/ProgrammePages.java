package it.zona.programme;

import it.zona.plan.PlanPages;
import it.zona.plan.PlanView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of a plan's content shares: the plan and what the user may do with it. Reading
 * follows the plan (public once approved); the forms are for those who may change it.
 */
@Component
class ProgrammePages {

    static final String DELETE_VIEW = "programme/delete";

    private final PlanPages plans;

    ProgrammePages(PlanPages plans) {
        this.plans = plans;
    }

    /** Puts the plan and the user's permissions in the model, refusing who may not read it. */
    PlanView read(long planId, Model model) {
        return plans.read(planId, model);
    }

    /** Like {@link #read} for a form: refuses who may not change the plan. */
    PlanView edit(long planId, String reason, Model model) {
        return plans.edit(planId, reason, model);
    }

    /** The confirmation page of a deletion, or the page saying what holds the item. */
    String delete(DeletePage page, Model model) {
        model.addAttribute("delete", page);
        return DELETE_VIEW;
    }
}

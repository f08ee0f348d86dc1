package it.zona.budget;

import it.zona.district.DistrictRegistry;
import it.zona.plan.PlanPages;
import it.zona.plan.PlanView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the resource pages share: the plan's page context, plus the District, whose demo flag puts
 * the banner saying the amounts are fictitious on every page with money.
 */
@Component
class BudgetPages {

    private final PlanPages plans;
    private final DistrictRegistry districts;

    BudgetPages(PlanPages plans, DistrictRegistry districts) {
        this.plans = plans;
        this.districts = districts;
    }

    PlanView read(long planId, Model model) {
        PlanView plan = plans.read(planId, model);
        model.addAttribute("district", districts.view(plan.districtSlug()));
        return plan;
    }

    PlanView editable(long planId) {
        return plans.requireEdit(planId);
    }
}

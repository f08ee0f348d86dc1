package it.zona.indicators;

import it.zona.plan.PlanPageSection;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionPageSection;
import it.zona.programme.InterventionView;
import it.zona.programme.ObjectivePageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The indicators' part of a plan's page (how many stand in each status in the year its lists speak
 * of), of the objectives' page and of an intervention's page (each one's indicators with their
 * latest year measured).
 */
@Component
class IndicatorPageSections implements PlanPageSection, InterventionPageSection, ObjectivePageSection {

    private final IndicatorRegistry indicators;

    IndicatorPageSections(IndicatorRegistry indicators) {
        this.indicators = indicators;
    }

    @Override
    public void addTo(InterventionView intervention, Model model) {
        model.addAttribute(
                "interventionIndicators", indicators.ofIntervention(intervention.planId(), intervention.id()));
        model.addAttribute("indicatorYear", indicators.defaultYear(intervention.planId()));
    }

    @Override
    public void addTo(PlanView plan, Model model) {
        model.addAttribute("indicatorSummary", indicators.statuses(plan.id(), indicators.defaultYear(plan.id())));
    }

    @Override
    public void addTo(long planId, Model model) {
        model.addAttribute("objectiveIndicators", indicators.byObjective(planId));
        model.addAttribute("indicatorYear", indicators.defaultYear(planId));
    }
}

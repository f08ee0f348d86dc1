package it.zona.indicators;

import it.zona.programme.InterventionPageSection;
import it.zona.programme.InterventionView;
import it.zona.programme.ObjectivePageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The indicators' part of an intervention's page and of the objectives' page: each one's indicators
 * with their status in the plan's current year ({@code indicatorYear}).
 */
@Component
class IndicatorPageSections implements InterventionPageSection, ObjectivePageSection {

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
    public void addTo(long planId, Model model) {
        model.addAttribute("objectiveIndicators", indicators.byObjective(planId));
        model.addAttribute("indicatorYear", indicators.defaultYear(planId));
    }
}

package it.zona.progress;

import it.zona.programme.InterventionPageSection;
import it.zona.programme.InterventionView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The progress' part of an intervention's page: its status, percentage and whole story. */
@Component
class ProgressPageSection implements InterventionPageSection {

    private final InterventionProgress progress;

    ProgressPageSection(InterventionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void addTo(InterventionView intervention, Model model) {
        model.addAttribute("interventionProgress", progress.of(intervention.id()));
        model.addAttribute("mayWriteProgress", progress.mayWrite(intervention.planId()));
    }
}

package it.zona.sitting.convocation;

import it.zona.sitting.SittingPageSection;
import it.zona.sitting.SittingView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** On a sitting's page, for the office: the last notice sent to the members and whom it did not reach. */
@Component
class ConvocationOnPage implements SittingPageSection {

    private final Convocations convocations;

    ConvocationOnPage(Convocations convocations) {
        this.convocations = convocations;
    }

    @Override
    public void addTo(SittingView sitting, boolean canEdit, Model model) {
        if (canEdit) {
            model.addAttribute("notice", convocations.lastNotice(sitting.id()).orElse(null));
        }
    }
}

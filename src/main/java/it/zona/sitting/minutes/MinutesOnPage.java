package it.zona.sitting.minutes;

import it.zona.sitting.SittingPageSection;
import it.zona.sitting.SittingView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** On a sitting's page: its minutes as the reader may see them, or for the office the way to draft them. */
@Component
class MinutesOnPage implements SittingPageSection {

    private final SittingMinutesRegistry minutes;

    MinutesOnPage(SittingMinutesRegistry minutes) {
        this.minutes = minutes;
    }

    @Override
    public void addTo(SittingView sitting, boolean canEdit, Model model) {
        SittingMinutesView found = minutes.find(sitting.id()).orElse(null);
        model.addAttribute("minutes", found);
        model.addAttribute("mayDraftMinutes", found == null && canEdit && minutes.mayDraft(sitting));
    }
}

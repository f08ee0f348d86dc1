package it.zona.catalogue;

import it.zona.programme.InterventionPageSection;
import it.zona.programme.InterventionView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The catalogue's part of an intervention's page: the services and titoli sociali it funds. */
@Component
class FundedServices implements InterventionPageSection {

    private final SocialServices services;

    FundedServices(SocialServices services) {
        this.services = services;
    }

    @Override
    public void addTo(InterventionView intervention, Model model) {
        model.addAttribute("fundedServices", services.fundedBy(intervention.id()));
    }
}

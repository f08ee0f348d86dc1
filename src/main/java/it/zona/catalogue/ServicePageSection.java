package it.zona.catalogue;

import java.util.Optional;
import org.springframework.ui.Model;

/**
 * A part of a service's page that a module built on the catalogue adds (its access criteria). The
 * catalogue does not know those modules: the page asks every section in turn.
 */
public interface ServicePageSection {

    /**
     * Adds this section's content to the page's model.
     *
     * @return the anchor of the section in the page's index, when the service has something to show
     */
    Optional<String> addTo(SocialServiceView service, Model model);
}

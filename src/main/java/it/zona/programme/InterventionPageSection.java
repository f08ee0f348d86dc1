package it.zona.programme;

import org.springframework.ui.Model;

/**
 * A part of an intervention's page that a module built on the plan adds (the services it funds).
 * The programme does not know those modules: the page asks every section in turn.
 */
public interface InterventionPageSection {

    void addTo(InterventionView intervention, Model model);
}

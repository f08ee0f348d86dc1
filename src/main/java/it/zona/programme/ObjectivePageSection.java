package it.zona.programme;

import org.springframework.ui.Model;

/**
 * A part of the objectives' page (each objective's card on the plan's outline) that a module built
 * on the plan adds (its indicators). The programme does not know those modules: the page asks every
 * section in turn, once for the whole outline.
 */
public interface ObjectivePageSection {

    void addTo(long planId, Model model);
}

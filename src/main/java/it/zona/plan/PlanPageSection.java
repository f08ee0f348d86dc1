package it.zona.plan;

import org.springframework.ui.Model;

/**
 * A part of a plan's page that a module built on the plan adds (its Accordo di Programma). The plan
 * does not know those modules: the page asks every section in turn.
 */
public interface PlanPageSection {

    void addTo(PlanView plan, Model model);
}

package it.zona.participation.tables;

import it.zona.plan.PlanFacts;
import org.springframework.ui.Model;

/**
 * A part of a table's page that a module built on the tables adds (its next meetings, its approved
 * minutes). The tables do not know those modules: the page asks every section in turn.
 */
public interface TablePageSection {

    void addTo(TableView table, PlanFacts plan, Model model);
}

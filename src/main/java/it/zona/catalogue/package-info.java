/**
 * The services catalogue (carta dei servizi) of a District: each service or titolo sociale with
 * the fields of the modello Comuni service page, whom it is for, where it is offered, the offices
 * that receive its citizens, the plan's interventions that fund it and, for a titolo sociale, its
 * application window; found by target group, municipality, category and Italian full-text search.
 */
@ApplicationModule(
        allowedDependencies = {
            "district",
            "identity",
            "municipality",
            "office",
            "opendata",
            "plan",
            "programme",
            "shared"
        })
package it.zona.catalogue;

import org.springframework.modulith.ApplicationModule;

package it.zona.participation.tables;

import java.util.Set;

/**
 * What the modules built on the tables need to know of one (its plan, its District, its name), as
 * {@code PlanFacts} is for a plan: they never hold the table itself.
 */
public record TableFacts(long id, long planId, long districtId, String name, Set<Long> areaIds) {

    public TableFacts {
        areaIds = Set.copyOf(areaIds);
    }
}

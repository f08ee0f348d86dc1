/**
 * The resources of a plan: planned money per intervention, year and funding source, the staff by
 * professional role, the facilities used, how the member municipalities share their co-funding,
 * the LEPS check on social workers, and the budget totals compared with the previous plan.
 */
@ApplicationModule(
        allowedDependencies = {
            "district",
            "identity",
            "municipality",
            "opendata",
            "organization",
            "plan",
            "programme",
            "shared"
        })
package it.zona.budget;

import org.springframework.modulith.ApplicationModule;

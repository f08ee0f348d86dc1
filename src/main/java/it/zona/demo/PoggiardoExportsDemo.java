package it.zona.demo;

import it.zona.exports.ExportMappingRegistry;
import it.zona.exports.ExportMappingView;
import it.zona.plan.PlanRegistry;
import org.springframework.stereotype.Component;

/**
 * The mapping of the plan 2024-2026 to the national classifications, as the Ufficio di Piano would
 * confirm it: Zona's proposal for every line (the areas seeded from ISTAT's, the usual funding
 * sources, the interventions by their type), so that the demo's exports run.
 */
@Component
class PoggiardoExportsDemo {

    private final PlanRegistry plans;
    private final ExportMappingRegistry mappings;

    PoggiardoExportsDemo(PlanRegistry plans, ExportMappingRegistry mappings) {
        this.plans = plans;
        this.mappings = mappings;
    }

    void load() {
        long plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        ExportMappingView proposed = mappings.view(plan);
        ExportMappingView saved = mappings.save(plan, proposed.toForm(), proposed.version());
        if (!saved.complete()) {
            throw new IllegalStateException("The demo's mapping leaves lines unmapped: " + saved.unmappedNames());
        }
    }
}

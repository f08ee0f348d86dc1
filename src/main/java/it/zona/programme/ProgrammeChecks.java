package it.zona.programme;

import it.zona.organization.OrganizationRegistry;
import it.zona.plan.PlanContentCheck;
import it.zona.shared.ReferenceCheck;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guards what the programme holds: a plan's period cannot shrink under its objectives and
 * interventions, and an organisation leading or partnering an intervention cannot be deleted.
 */
@Component
class ProgrammeChecks implements PlanContentCheck, ReferenceCheck {

    private final Objectives objectives;
    private final Interventions interventions;

    ProgrammeChecks(Objectives objectives, Interventions interventions) {
        this.objectives = objectives;
        this.interventions = interventions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> outside(long planId, int firstYear, int lastYear) {
        List<String> outside = new ArrayList<>();
        objectives.findOutside(planId, firstYear, lastYear).forEach(o -> outside.add(o.title()));
        interventions.findOutside(planId, firstYear, lastYear).forEach(i -> outside.add(i.title()));
        return outside;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        return OrganizationRegistry.ENTITY.equals(entityType)
                ? interventions.findInvolving(id).stream()
                        .map(Intervention::title)
                        .toList()
                : List.of();
    }
}

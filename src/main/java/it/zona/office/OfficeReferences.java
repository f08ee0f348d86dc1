package it.zona.office;

import it.zona.organization.PersonRegistry;
import it.zona.shared.ReferenceCheck;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The head of the planning office cannot be deleted while they hold the post. */
@Component
class OfficeReferences implements ReferenceCheck {

    private final PlanningOffices planningOffices;

    OfficeReferences(PlanningOffices planningOffices) {
        this.planningOffices = planningOffices;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        return PersonRegistry.ENTITY.equals(entityType)
                ? planningOffices.findByHeadPersonId(id).stream()
                        .map(o -> o.view(null).name())
                        .toList()
                : List.of();
    }
}

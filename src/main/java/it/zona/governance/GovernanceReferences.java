package it.zona.governance;

import it.zona.organization.PersonRegistry;
import it.zona.shared.ReferenceCheck;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person who sits or sat in a governing body cannot be deleted: the body's history needs them. */
@Component
class GovernanceReferences implements ReferenceCheck {

    private final GoverningBodies bodies;

    GovernanceReferences(GoverningBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        return PersonRegistry.ENTITY.equals(entityType)
                ? bodies.findByMember(id).stream().map(GoverningBody::name).toList()
                : List.of();
    }
}

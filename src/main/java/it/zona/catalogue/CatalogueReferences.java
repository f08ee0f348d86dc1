package it.zona.catalogue;

import it.zona.office.OfficeRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.shared.ReferenceCheck;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An office that receives a service's citizens, or an intervention that funds one, stays while it does. */
@Component
class CatalogueReferences implements ReferenceCheck {

    private final SocialServices services;

    CatalogueReferences(SocialServices services) {
        this.services = services;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        if (OfficeRegistry.ENTITY.equals(entityType)) {
            return services.titlesWithOffice(id);
        }
        return InterventionRegistry.ENTITY.equals(entityType) ? services.titlesFundedBy(id) : List.of();
    }
}

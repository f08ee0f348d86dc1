package it.zona.sitting;

import it.zona.governance.GovernanceRegistry;
import it.zona.organization.PersonRegistry;
import it.zona.shared.ReferenceCheck;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body with sittings, or a person who attended one, cannot be deleted: the sittings and their
 * resolutions are public acts that name them. They are named by their dates.
 */
@Component
class SittingReferences implements ReferenceCheck {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Sittings sittings;

    SittingReferences(Sittings sittings) {
        this.sittings = sittings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        List<LocalDate> dates = GovernanceRegistry.ENTITY.equals(entityType)
                ? sittings.datesOfBody(id)
                : PersonRegistry.ENTITY.equals(entityType) ? sittings.datesAttendedBy(id) : List.of();
        return dates.stream().map(DATE::format).toList();
    }
}

package it.zona.participation.meetings;

import it.zona.participation.tables.TableRegistry;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A table with meetings, held or not, keeps them: it cannot be deleted while they are there. */
@Component
class MeetingReferences implements it.zona.shared.ReferenceCheck {

    private final Meetings meetings;

    MeetingReferences(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        if (!TableRegistry.ENTITY.equals(entityType)) {
            return List.of();
        }
        long count = meetings.countByTableId(id);
        return count == 0 ? List.of() : List.of(MeetingRegistry.ENTITY + " (" + count + ")");
    }
}

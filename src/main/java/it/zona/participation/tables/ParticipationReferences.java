package it.zona.participation.tables;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.PersonRegistry;
import it.zona.programme.AreaRegistry;
import it.zona.shared.ReferenceCheck;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the tables hold on to: the areas they work on, their liaisons and coordinator, and the
 * organisations that sit or sat at them (a table's history needs them).
 */
@Component
class ParticipationReferences implements ReferenceCheck {

    private final ThematicTables tables;
    private final TableMembers members;
    private final TablesCoordinators coordinators;

    ParticipationReferences(ThematicTables tables, TableMembers members, TablesCoordinators coordinators) {
        this.tables = tables;
        this.members = members;
        this.coordinators = coordinators;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        return switch (entityType) {
            case AreaRegistry.AREA ->
                tables.findByArea(id).stream().map(ThematicTable::name).toList();
            case PersonRegistry.ENTITY ->
                Stream.concat(
                                tables.findByLiaisonId(id).stream().map(ThematicTable::name),
                                coordinators.findAll().stream()
                                        .filter(c -> c.personId() == id)
                                        .map(c -> TableRegistry.COORDINATOR))
                        .toList();
            case OrganizationRegistry.ENTITY ->
                members.existsByOrganizationId(id) ? List.of(TableMembership.ENTITY) : List.of();
            default -> List.of();
        };
    }
}

package it.zona.organization;

import it.zona.shared.ReferenceCheck;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An organisation cannot be deleted while people of the directory work for it. */
@Component
class PeopleOfOrganizations implements ReferenceCheck {

    private final People people;

    PeopleOfOrganizations(People people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        if (!OrganizationRegistry.ENTITY.equals(entityType)) {
            return List.of();
        }
        return people.findByOrganizationIdOrderByFamilyNameAscGivenNameAsc(id).stream()
                .map(Person::fullName)
                .toList();
    }
}

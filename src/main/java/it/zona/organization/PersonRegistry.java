package it.zona.organization;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.shared.EntityChanged;
import it.zona.shared.Like;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.References;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import it.zona.shared.TaxCode;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a District's directory: mayors and delegates, the planning office's staff,
 * organisations' representatives. Their contact details are for the District's staff only; other
 * modules may publish a person's name where the person holds a public role.
 */
@Service
@Transactional
public class PersonRegistry {

    public static final String ENTITY = "Person";
    public static final int PAGE_SIZE = 20;

    private final People people;
    private final Organizations organizations;
    private final DistrictRegistry districts;
    private final References references;
    private final ApplicationEventPublisher events;

    PersonRegistry(
            People people,
            Organizations organizations,
            DistrictRegistry districts,
            References references,
            ApplicationEventPublisher events) {
        this.people = people;
        this.organizations = organizations;
        this.districts = districts;
        this.references = references;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageView<PersonView> page(String slug, String text, Long organizationId, int page, int size) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.VIEWER);
        Sort order = Sort.by("familyName", "givenName", "id");
        return PageView.of(
                people.findAll(
                        matching(district.id(), text, organizationId), PageRequest.of(Math.max(page, 0), size, order)),
                Person::view);
    }

    @Transactional(readOnly = true)
    public List<PersonView> all(String slug) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.VIEWER);
        return people.findByDistrictIdOrderByFamilyNameAscGivenNameAsc(district.id()).stream()
                .map(Person::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PersonView> ofOrganization(String slug, long organizationId) {
        districts.authorize(slug, DistrictRole.VIEWER);
        return people.findByOrganizationIdOrderByFamilyNameAscGivenNameAsc(organizationId).stream()
                .map(Person::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public PersonView get(String slug, long id) {
        return find(districts.authorize(slug, DistrictRole.VIEWER), id).view();
    }

    public PersonView create(String slug, PersonForm form) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        check(district.id(), form, null);
        Person person = people.saveAndFlush(new Person(district.id(), form));
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, person.id(), person.view()));
        return person.view();
    }

    public PersonView update(String slug, long id, PersonForm form, long expectedVersion) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        Person person = find(district, id);
        StaleVersionException.check(expectedVersion, person.version());
        check(district.id(), form, person.id());
        PersonView before = person.view();
        person.apply(form);
        people.saveAndFlush(person);
        events.publishEvent(EntityChanged.updated(district.id(), ENTITY, id, before, person.view()));
        return person.view();
    }

    /** What still refers to it, which would make its deletion fail; empty when it can go. */
    @Transactional(readOnly = true)
    public List<String> heldBy(String slug, long id) {
        find(districts.authorize(slug, DistrictRole.VIEWER), id);
        return references.to(ENTITY, id);
    }

    public void delete(String slug, long id) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        Person person = find(district, id);
        references.requireNone(ENTITY, id, "error.person.inUse", person.fullName());
        people.delete(person);
        events.publishEvent(EntityChanged.deleted(district.id(), ENTITY, id, person.view()));
    }

    /** For other modules: the person must exist in the District. */
    @Transactional(readOnly = true)
    public PersonView require(long districtId, long id, String field) {
        return people.findByIdAndDistrictId(id, districtId)
                .map(Person::view)
                .orElseThrow(() -> RuleViolationException.invalid(field, "error.person.notInDistrict", id));
    }

    /**
     * Full names by id, with no access check: only for people who hold a public role (members of
     * governing bodies, heads of office), whose names the public pages show.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> publicNames(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : people.findByIdIn(ids).stream().collect(Collectors.toMap(Person::id, Person::fullName));
    }

    /**
     * Where formal acts reach these people (the PEC, else the e-mail), with no access check: for the
     * modules that send such acts on the District's behalf. Who has no address is not in the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> formalAddresses(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : people.findByIdIn(ids).stream()
                        .filter(p -> p.formalAddress() != null)
                        .collect(Collectors.toMap(Person::id, Person::formalAddress));
    }

    private Person find(DistrictAccess district, long id) {
        return people.findByIdAndDistrictId(id, district.id())
                .orElseThrow(() -> new NotFoundException("error.person.notFound", id));
    }

    private void check(long districtId, PersonForm form, Long self) {
        if (form.organizationId() != null
                && organizations
                        .findByIdAndDistrictId(form.organizationId(), districtId)
                        .isEmpty()) {
            throw RuleViolationException.invalid(
                    "organizationId", "error.organization.notInDistrict", form.organizationId());
        }
        String taxCode = TaxCode.normalize(form.taxCode());
        if (taxCode != null && !taxCode.isEmpty()) {
            people.findFirstByDistrictIdAndTaxCode(districtId, taxCode)
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw RuleViolationException.conflict(
                                "taxCode", "error.person.duplicateTaxCode", taxCode, other.fullName());
                    });
        }
    }

    private static Specification<Person> matching(long districtId, String text, Long organizationId) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("districtId"), districtId));
            if (organizationId != null) {
                where.add(cb.equal(root.get("organizationId"), organizationId));
            }
            if (text != null && !text.isBlank()) {
                String pattern = Like.containing(text);
                String code = Like.containing(TaxCode.normalize(text)).toUpperCase(Locale.ROOT);
                where.add(cb.or(
                        cb.like(cb.lower(root.get("givenName")), pattern, Like.ESCAPE),
                        cb.like(cb.lower(root.get("familyName")), pattern, Like.ESCAPE),
                        cb.like(
                                cb.lower(cb.concat(cb.concat(root.get("givenName"), " "), root.get("familyName"))),
                                pattern,
                                Like.ESCAPE),
                        cb.like(root.get("taxCode"), code, Like.ESCAPE)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

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
 * A District's organisations: its staff read them, its editors change them. Tax codes and VAT
 * numbers are unique within a District.
 */
@Service
@Transactional
public class OrganizationRegistry {

    public static final String ENTITY = "Organization";
    public static final int PAGE_SIZE = 20;

    private final Organizations organizations;
    private final DistrictRegistry districts;
    private final References references;
    private final ApplicationEventPublisher events;

    OrganizationRegistry(
            Organizations organizations,
            DistrictRegistry districts,
            References references,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.districts = districts;
        this.references = references;
        this.events = events;
    }

    /** {@code sort} is "name" (default) or "type"; {@code text} matches name, tax code or VAT number. */
    @Transactional(readOnly = true)
    public PageView<OrganizationView> page(
            String slug, String text, OrganizationType type, String sort, int page, int size) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.VIEWER);
        Sort order = "type".equals(sort) ? Sort.by("type", "name", "id") : Sort.by("name", "id");
        return PageView.of(
                organizations.findAll(
                        matching(district.id(), text, type), PageRequest.of(Math.max(page, 0), size, order)),
                Organization::view);
    }

    @Transactional(readOnly = true)
    public List<OrganizationView> all(String slug) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.VIEWER);
        return organizations.findByDistrictIdOrderByName(district.id()).stream()
                .map(Organization::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public OrganizationView get(String slug, long id) {
        return find(districts.authorize(slug, DistrictRole.VIEWER), id).view();
    }

    public OrganizationView create(String slug, OrganizationForm form) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        requireUniqueCodes(district.id(), form, null);
        Organization organization = organizations.saveAndFlush(new Organization(district.id(), form));
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, organization.id(), organization.view()));
        return organization.view();
    }

    public OrganizationView update(String slug, long id, OrganizationForm form, long expectedVersion) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        Organization organization = find(district, id);
        StaleVersionException.check(expectedVersion, organization.version());
        requireUniqueCodes(district.id(), form, organization.id());
        OrganizationView before = organization.view();
        organization.apply(form);
        organizations.saveAndFlush(organization);
        events.publishEvent(EntityChanged.updated(district.id(), ENTITY, id, before, organization.view()));
        return organization.view();
    }

    /** What still refers to it, which would make its deletion fail; empty when it can go. */
    @Transactional(readOnly = true)
    public List<String> heldBy(String slug, long id) {
        find(districts.authorize(slug, DistrictRole.VIEWER), id);
        return references.to(ENTITY, id);
    }

    public void delete(String slug, long id) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        Organization organization = find(district, id);
        references.requireNone(ENTITY, id, "error.organization.inUse", organization.name());
        organizations.delete(organization);
        events.publishEvent(EntityChanged.deleted(district.id(), ENTITY, id, organization.view()));
    }

    /** For other modules: the organisation must exist in the District. */
    @Transactional(readOnly = true)
    public OrganizationView require(long districtId, long id, String field) {
        return organizations
                .findByIdAndDistrictId(id, districtId)
                .map(Organization::view)
                .orElseThrow(() -> RuleViolationException.invalid(field, "error.organization.notInDistrict", id));
    }

    /**
     * For other modules: the names of the District's organisations among these ids. Names of the
     * bodies taking part in a plan are public, as the plan is.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(long districtId, Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : organizations.findAllById(ids).stream()
                        .filter(o -> o.districtId() == districtId)
                        .collect(Collectors.toMap(Organization::id, Organization::name));
    }

    /** For other modules: the types of the District's organisations among these ids. */
    @Transactional(readOnly = true)
    public Map<Long, OrganizationType> types(long districtId, Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : organizations.findAllById(ids).stream()
                        .filter(o -> o.districtId() == districtId)
                        .collect(Collectors.toMap(Organization::id, Organization::type));
    }

    private Organization find(DistrictAccess district, long id) {
        return organizations
                .findByIdAndDistrictId(id, district.id())
                .orElseThrow(() -> new NotFoundException("error.organization.notFound", id));
    }

    private void requireUniqueCodes(long districtId, OrganizationForm form, Long self) {
        String taxCode = TaxCode.normalize(form.taxCode());
        if (taxCode != null && !taxCode.isEmpty()) {
            organizations
                    .findFirstByDistrictIdAndTaxCode(districtId, taxCode)
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw RuleViolationException.conflict(
                                "taxCode", "error.organization.duplicateTaxCode", taxCode, other.name());
                    });
        }
        String vatNumber = TaxCode.normalize(form.vatNumber());
        if (vatNumber != null && !vatNumber.isEmpty()) {
            organizations
                    .findFirstByDistrictIdAndVatNumber(districtId, vatNumber)
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw RuleViolationException.conflict(
                                "vatNumber", "error.organization.duplicateVatNumber", vatNumber, other.name());
                    });
        }
    }

    private static Specification<Organization> matching(long districtId, String text, OrganizationType type) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("districtId"), districtId));
            if (type != null) {
                where.add(cb.equal(root.get("type"), type));
            }
            if (text != null && !text.isBlank()) {
                String pattern = Like.containing(text);
                String code = Like.containing(TaxCode.normalize(text)).toUpperCase(Locale.ROOT);
                where.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, Like.ESCAPE),
                        cb.like(root.get("taxCode"), code, Like.ESCAPE),
                        cb.like(root.get("vatNumber"), code, Like.ESCAPE)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

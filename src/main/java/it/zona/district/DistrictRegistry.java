package it.zona.district;

import it.zona.identity.Access;
import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityRegistry;
import it.zona.municipality.MunicipalityView;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.RuleViolationException;
import it.zona.shared.SearchKey;
import it.zona.shared.StaleVersionException;
import it.zona.shared.web.PublicPages;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Districts of the installation: public reading, creation by a platform admin, and the
 * District's own settings and member municipalities, which its admins manage.
 */
@Service
@Transactional
public class DistrictRegistry {

    static final String ENTITY = "District";

    private final Districts districts;
    private final MunicipalityRegistry municipalities;
    private final Access access;
    private final AccountRegistry accounts;
    private final ApplicationEventPublisher events;

    DistrictRegistry(
            Districts districts,
            MunicipalityRegistry municipalities,
            Access access,
            AccountRegistry accounts,
            ApplicationEventPublisher events) {
        this.districts = districts;
        this.municipalities = municipalities;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
    }

    /** A new District, and its first admin's one-time password when one was created. */
    public record Created(DistrictView district, AccountRegistry.Granted admin) {}

    /**
     * The Districts whose name, member municipalities, provinces or regions contain {@code query}
     * (accents and case aside; all of them when it is blank), by name, one page of them.
     */
    @Transactional(readOnly = true)
    public PageView<DistrictSummary> search(String query, int page, int size) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ITALIAN);
        Page<Long> found = districts.search(
                "%" + text + "%", "%" + SearchKey.of(text) + "%", PageView.request(page, size, Sort.unsorted()));
        Map<Long, District> byId = districts.findAllById(found.getContent()).stream()
                .collect(Collectors.toMap(District::id, Function.identity()));
        // Every member municipality of the page in one read, not one read per District.
        Map<String, MunicipalityView> members = municipalities
                .findAll(byId.values().stream()
                        .flatMap(d -> d.municipalities().stream())
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(MunicipalityView::istatCode, Function.identity()));
        return PageView.of(found, id -> summary(byId.get(id), members));
    }

    /** Every District, to name and link them (a platform admin's dashboard). */
    @Transactional(readOnly = true)
    public List<DistrictRef> refs() {
        return districts.findAllByOrderByNameAsc().stream().map(District::ref).toList();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return districts.count() == 0;
    }

    @Transactional(readOnly = true)
    public List<DistrictRef> refs(Collection<Long> ids) {
        return districts.findAllById(ids).stream()
                .map(District::ref)
                .sorted(Comparator.comparing(DistrictRef::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public DistrictView view(String slug) {
        District district = find(slug);
        PublicPages.about(district.id());
        return view(district);
    }

    @Transactional(readOnly = true)
    public DistrictRef ref(String slug) {
        return find(slug).ref();
    }

    /** The District with the current user's role in it, refused unless that role includes {@code needed}. */
    @Transactional(readOnly = true)
    public DistrictAccess authorize(String slug, DistrictRole needed) {
        District district = find(slug);
        return new DistrictAccess(district.ref(), access.require(district.id(), needed));
    }

    public Created create(NewDistrict command) {
        return create(command, false);
    }

    /** A demonstration District: its pages say that its people are fictitious. */
    public Created createDemo(NewDistrict command) {
        return create(command, true);
    }

    private Created create(NewDistrict command, boolean demo) {
        access.requirePlatformAdmin();
        if (districts.existsBySlug(command.slug())) {
            throw RuleViolationException.conflict("slug", "error.district.slugTaken", command.slug());
        }
        Set<String> members = new LinkedHashSet<>();
        members.add(command.leadMunicipality());
        if (command.municipalities() != null) {
            members.addAll(command.municipalities());
        }
        members.forEach(code -> requireFree(code, null));
        District district = new District(command.slug(), command.details(), command.leadMunicipality(), demo);
        members.forEach(district::addMunicipality);
        districts.saveAndFlush(district);
        DistrictView view = view(district);
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, district.id(), view));
        AccountRegistry.Granted admin = command.admin() == null
                ? null
                : accounts.grant(
                        district.id(),
                        new AccountRegistry.NewAccount(
                                command.admin().username(),
                                command.admin().displayName(),
                                command.admin().email()),
                        DistrictRole.ADMIN);
        return new Created(view, admin);
    }

    public DistrictView update(String slug, DistrictDetails details, long expectedVersion) {
        District district = find(slug);
        access.require(district.id(), DistrictRole.ADMIN);
        StaleVersionException.check(expectedVersion, district.version());
        // An unknown lead code is simply not a member: District.makeLead refuses it (422).
        return change(district, d -> d.apply(details));
    }

    public DistrictView addMunicipality(String slug, String istatCode) {
        District district = find(slug);
        access.require(district.id(), DistrictRole.ADMIN);
        if (district.municipalities().contains(istatCode)) {
            return view(district);
        }
        requireFree(istatCode, district);
        return change(district, d -> d.addMunicipality(istatCode));
    }

    public DistrictView makeLead(String slug, String istatCode) {
        District district = find(slug);
        access.require(district.id(), DistrictRole.ADMIN);
        return change(district, d -> d.makeLead(istatCode));
    }

    public DistrictView removeMunicipality(String slug, String istatCode) {
        District district = find(slug);
        access.require(district.id(), DistrictRole.ADMIN);
        if (!district.municipalities().contains(istatCode)) {
            throw new NotFoundException("error.district.notMember", istatCode);
        }
        return change(district, d -> d.removeMunicipality(istatCode));
    }

    private DistrictView change(District district, Consumer<District> change) {
        DistrictView before = view(district);
        change.accept(district);
        districts.saveAndFlush(district);
        DistrictView after = view(district);
        events.publishEvent(EntityChanged.updated(district.id(), ENTITY, district.id(), before, after));
        return after;
    }

    /** A municipality must exist, be current, and belong to no other District. */
    private void requireFree(String istatCode, District joining) {
        MunicipalityView municipality = municipalities
                .find(istatCode)
                .orElseThrow(() ->
                        RuleViolationException.invalid("municipalities", "error.municipality.notFound", istatCode));
        if (municipality.ceased()) {
            throw RuleViolationException.invalid("municipalities", "error.municipality.ceased", municipality.name());
        }
        districts
                .findByMunicipality(istatCode)
                .filter(other -> joining == null || !Objects.equals(other.id(), joining.id()))
                .ifPresent(other -> {
                    throw RuleViolationException.conflict(
                            "municipalities", "error.district.municipalityTaken", municipality.name(), other.name());
                });
    }

    private District find(String slug) {
        return districts.findBySlug(slug).orElseThrow(() -> new NotFoundException("error.district.notFound", slug));
    }

    private DistrictView view(District district) {
        return view(district, municipalities.findAll(district.municipalities()));
    }

    private DistrictView view(District district, List<MunicipalityView> members) {
        MunicipalityView lead = members.stream()
                .filter(m -> m.istatCode().equals(district.leadMunicipality()))
                .findFirst()
                .orElse(null);
        return new DistrictView(
                district.id(),
                district.slug(),
                district.name(),
                district.legalForm(),
                district.description(),
                district.email(),
                district.pec(),
                district.phone(),
                district.website(),
                district.isDemo(),
                district.version(),
                lead,
                members,
                population(members),
                populationDate(members),
                distinct(members, MunicipalityView::region),
                distinct(members, MunicipalityView::province));
    }

    private static DistrictSummary summary(District district, Map<String, MunicipalityView> known) {
        List<MunicipalityView> members = district.municipalities().stream()
                .map(known::get)
                .filter(Objects::nonNull)
                .toList();
        return new DistrictSummary(
                district.id(),
                district.slug(),
                district.name(),
                district.legalForm(),
                district.isDemo(),
                members.size(),
                population(members),
                populationDate(members),
                distinct(members, MunicipalityView::region),
                distinct(members, MunicipalityView::province));
    }

    private static long population(List<MunicipalityView> members) {
        return members.stream()
                .map(MunicipalityView::population)
                .filter(Objects::nonNull)
                .mapToLong(Integer::longValue)
                .sum();
    }

    private static LocalDate populationDate(List<MunicipalityView> members) {
        return members.stream()
                .map(MunicipalityView::populationDate)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static List<String> distinct(List<MunicipalityView> members, Function<MunicipalityView, String> field) {
        return members.stream()
                .map(field)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }
}

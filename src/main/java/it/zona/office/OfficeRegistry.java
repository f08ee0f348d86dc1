package it.zona.office;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityView;
import it.zona.organization.PersonRegistry;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.References;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning office and the offices of a District. Where and when citizens are received is
 * public; editors change it.
 */
@Service
@Transactional
public class OfficeRegistry {

    public static final String ENTITY = "Office";
    static final String PLANNING_OFFICE = "PlanningOffice";

    private final Offices offices;
    private final PlanningOffices planningOffices;
    private final DistrictRegistry districts;
    private final PersonRegistry people;
    private final References references;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfficeRegistry(
            Offices offices,
            PlanningOffices planningOffices,
            DistrictRegistry districts,
            PersonRegistry people,
            References references,
            ApplicationEventPublisher events,
            Clock clock) {
        this.offices = offices;
        this.planningOffices = planningOffices;
        this.districts = districts;
        this.people = people;
        this.references = references;
        this.events = events;
        this.clock = clock;
    }

    /** Public: the District's offices, each with whether it is open now. */
    @Transactional(readOnly = true)
    public List<OfficeView> list(String slug) {
        DistrictView district = districts.view(slug);
        return offices.findByDistrictIdOrderByName(district.id()).stream()
                .map(office -> withStatus(view(district, office)))
                .toList();
    }

    @Transactional(readOnly = true)
    public OfficeView get(String slug, long id) {
        DistrictView district = districts.view(slug);
        return withStatus(view(district, find(district.id(), id)));
    }

    public OfficeView create(String slug, OfficeForm form) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        DistrictView district = districts.view(slug);
        requireMember(district, form.municipality());
        Office office = offices.saveAndFlush(new Office(access.id(), form));
        OfficeView view = view(district, office);
        events.publishEvent(EntityChanged.created(access.id(), ENTITY, office.id(), view));
        return withStatus(view);
    }

    public OfficeView update(String slug, long id, OfficeForm form, long expectedVersion) {
        return change(slug, id, expectedVersion, (district, office) -> {
            requireMember(district, form.municipality());
            office.apply(form);
        });
    }

    public OfficeView addSlot(String slug, long id, OfficeForm.SlotForm slot, long expectedVersion) {
        return reschedule(slug, id, expectedVersion, hours -> {
            List<OpeningHours.Slot> slots = new ArrayList<>(hours.slots());
            slots.add(slot.toSlot());
            return new OpeningHours(slots, hours.closures());
        });
    }

    public OfficeView removeSlot(String slug, long id, int index, long expectedVersion) {
        return reschedule(slug, id, expectedVersion, hours -> {
            List<OpeningHours.Slot> slots = new ArrayList<>(hours.slots());
            requireIndex(index, slots);
            slots.remove(index);
            return new OpeningHours(slots, hours.closures());
        });
    }

    public OfficeView addClosure(String slug, long id, OfficeForm.ClosureForm closure, long expectedVersion) {
        return reschedule(slug, id, expectedVersion, hours -> {
            List<OpeningHours.Closure> closures = new ArrayList<>(hours.closures());
            closures.add(closure.toClosure());
            return new OpeningHours(hours.slots(), closures);
        });
    }

    public OfficeView removeClosure(String slug, long id, int index, long expectedVersion) {
        return reschedule(slug, id, expectedVersion, hours -> {
            List<OpeningHours.Closure> closures = new ArrayList<>(hours.closures());
            requireIndex(index, closures);
            closures.remove(index);
            return new OpeningHours(hours.slots(), closures);
        });
    }

    public void delete(String slug, long id) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        DistrictView district = districts.view(slug);
        Office office = find(access.id(), id);
        OfficeView before = view(district, office);
        references.requireNone(ENTITY, id, "error.office.inUse", before.name());
        offices.delete(office);
        events.publishEvent(EntityChanged.deleted(access.id(), ENTITY, id, before));
    }

    /**
     * The version of a planning office not described yet. Saved ones start at 0: whoever read the
     * "nothing yet" answer cannot overwrite what someone else saved in the meantime.
     */
    public static final long NOT_DESCRIBED = -1;

    /** Public: the planning office; a District that has not described it yet gets an empty one. */
    @Transactional(readOnly = true)
    public PlanningOfficeView planningOffice(String slug) {
        DistrictView district = districts.view(slug);
        return planningOffices
                .findById(district.id())
                .map(this::view)
                .orElseGet(() -> new PlanningOfficeView(null, null, null, null, null, null, null, NOT_DESCRIBED));
    }

    public PlanningOfficeView updatePlanningOffice(String slug, PlanningOfficeForm form, long expectedVersion) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        if (form.headPersonId() != null) {
            people.require(access.id(), form.headPersonId(), "headPersonId");
        }
        PlanningOffice office = planningOffices.findById(access.id()).orElse(null);
        PlanningOfficeView before = office == null ? null : view(office);
        StaleVersionException.check(expectedVersion, office == null ? NOT_DESCRIBED : office.version());
        if (office == null) {
            office = new PlanningOffice(access.id());
        }
        office.apply(form);
        planningOffices.saveAndFlush(office);
        PlanningOfficeView after = view(office);
        events.publishEvent(
                before == null
                        ? EntityChanged.created(access.id(), PLANNING_OFFICE, access.id(), after)
                        : EntityChanged.updated(access.id(), PLANNING_OFFICE, access.id(), before, after));
        return after;
    }

    private OfficeView reschedule(String slug, long id, long expectedVersion, UnaryOperator<OpeningHours> change) {
        return change(
                slug,
                id,
                expectedVersion,
                (district, office) -> office.reschedule(change.apply(office.openingHours())));
    }

    private OfficeView change(String slug, long id, long expectedVersion, Change change) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        DistrictView district = districts.view(slug);
        Office office = find(access.id(), id);
        StaleVersionException.check(expectedVersion, office.version());
        OfficeView before = view(district, office);
        change.apply(district, office);
        offices.saveAndFlush(office);
        OfficeView after = view(district, office);
        events.publishEvent(EntityChanged.updated(access.id(), ENTITY, id, before, after));
        return withStatus(after);
    }

    private interface Change {
        void apply(DistrictView district, Office office);
    }

    private static void requireIndex(int index, List<?> list) {
        if (index < 0 || index >= list.size()) {
            throw new NotFoundException("error.hours.noSuchEntry", index);
        }
    }

    /** An office's municipality, when given, is one of the District's. */
    private static void requireMember(DistrictView district, String municipality) {
        if (municipality != null
                && !municipality.isBlank()
                && district.municipalities().stream()
                        .noneMatch(m -> m.istatCode().equals(municipality))) {
            throw RuleViolationException.invalid("municipality", "error.district.notMember", municipality);
        }
    }

    private Office find(long districtId, long id) {
        return offices.findByIdAndDistrictId(id, districtId)
                .orElseThrow(() -> new NotFoundException("error.office.notFound", id));
    }

    private OfficeView view(DistrictView district, Office office) {
        Map<String, String> names = district.municipalities().stream()
                .collect(Collectors.toMap(MunicipalityView::istatCode, MunicipalityView::name));
        return office.view(office.municipality() == null ? null : names.get(office.municipality()));
    }

    private OfficeView withStatus(OfficeView view) {
        return view.withStatus(view.openingHours().statusAt(clock.instant()));
    }

    private PlanningOfficeView view(PlanningOffice office) {
        Long head = office.headPersonId();
        String headName = head == null ? null : people.publicNames(Set.of(head)).get(head);
        return office.view(headName);
    }
}

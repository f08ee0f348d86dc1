package it.zona.participation.tables;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.organization.PersonRegistry;
import it.zona.organization.PersonView;
import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.space.PlanningSpaces;
import it.zona.plan.PlanFacts;
import it.zona.programme.AreaRegistry;
import it.zona.programme.Named;
import it.zona.programme.PolicyAreaView;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.References;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thematic tables of the plans and the coordinator of each plan's tables. Public reading, from
 * the plan's launch; the District's editors create and change them.
 */
@Service
@Transactional
public class TableRegistry {

    public static final String ENTITY = "ThematicTable";
    static final String COORDINATOR = "TablesCoordinator";

    private final ThematicTables tables;
    private final TableMembers members;
    private final TablesCoordinators coordinators;
    private final PlanningSpaces spaces;
    private final AreaRegistry areas;
    private final PersonRegistry people;
    private final OrganizationRegistry organizations;
    private final ParticipationAccess access;
    private final References references;
    private final ApplicationEventPublisher events;

    TableRegistry(
            ThematicTables tables,
            TableMembers members,
            TablesCoordinators coordinators,
            PlanningSpaces spaces,
            AreaRegistry areas,
            PersonRegistry people,
            OrganizationRegistry organizations,
            ParticipationAccess access,
            References references,
            ApplicationEventPublisher events) {
        this.tables = tables;
        this.members = members;
        this.coordinators = coordinators;
        this.spaces = spaces;
        this.areas = areas;
        this.people = people;
        this.organizations = organizations;
        this.access = access;
        this.references = references;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<TableView> list(long planId) {
        spaces.plan(planId);
        List<ThematicTable> found = tables.findByPlanIdOrderByName(planId);
        Map<Long, Long> seats =
                members
                        .findByTableIdInAndLeftOnIsNull(
                                found.stream().map(ThematicTable::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(TableMember::tableId, Collectors.counting()));
        Map<Long, String> areaNames = areaNames(planId);
        Map<Long, String> liaisons = people.publicNames(found.stream()
                .map(ThematicTable::liaisonId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.stream()
                .map(table -> view(table, areaNames, liaisons, seats.getOrDefault(table.id(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public TableView get(long tableId) {
        ThematicTable table = find(tableId);
        return view(table);
    }

    /** The plan's areas a table may work on, in the plan's order. */
    @Transactional(readOnly = true)
    public List<Named> areas(long planId) {
        return areaNames(planId).entrySet().stream()
                .map(area -> new Named(area.getKey(), area.getValue()))
                .toList();
    }

    /** Whether the current user runs the tables of this plan's District. */
    @Transactional(readOnly = true)
    public boolean canManage(long planId) {
        return access.canManage(spaces.plan(planId).districtId());
    }

    public TableView create(long planId, TableForm form) {
        PlanFacts plan = spaces.plan(planId);
        access.requireManage(plan.districtId());
        check(plan, form, null);
        ThematicTable table = tables.saveAndFlush(new ThematicTable(planId, plan.districtId(), form));
        TableView view = view(table);
        events.publishEvent(EntityChanged.created(plan.districtId(), ENTITY, table.id(), view));
        return view;
    }

    public TableView update(long tableId, TableForm form, long expectedVersion) {
        ThematicTable table = find(tableId);
        access.requireManage(table.districtId());
        StaleVersionException.check(expectedVersion, table.version());
        check(spaces.plan(table.planId()), form, tableId);
        TableView before = view(table);
        table.apply(form);
        tables.saveAndFlush(table);
        TableView after = view(table);
        events.publishEvent(EntityChanged.updated(table.districtId(), ENTITY, tableId, before, after));
        return after;
    }

    /** What holds the table (its members, past and present, and its meetings): while any, it stays. */
    @Transactional(readOnly = true)
    public List<String> heldBy(long tableId) {
        ThematicTable table = find(tableId);
        List<String> holders = new ArrayList<>();
        Map<Long, String> names = organizations.names(
                table.districtId(),
                members.findByTableIdOrderByJoinedOnAscIdAsc(tableId).stream()
                        .map(TableMember::organizationId)
                        .collect(Collectors.toSet()));
        holders.addAll(names.values().stream().sorted().toList());
        holders.addAll(references.to(ENTITY, tableId));
        return holders;
    }

    public void delete(long tableId) {
        ThematicTable table = find(tableId);
        access.requireManage(table.districtId());
        List<String> holders = heldBy(tableId);
        if (!holders.isEmpty()) {
            throw RuleViolationException.conflict(
                    null, "error.table.inUse", TableNames.referenceTo(table.name()), String.join(", ", holders));
        }
        TableView before = view(table);
        tables.delete(table);
        tables.flush();
        events.publishEvent(EntityChanged.deleted(table.districtId(), ENTITY, tableId, before));
    }

    /** The coordinator of the plan's tables, if appointed; the name is public, as the role is. */
    @Transactional(readOnly = true)
    public Optional<Named> coordinator(long planId) {
        spaces.plan(planId);
        return coordinators
                .findById(planId)
                .map(c -> new Named(
                        c.personId(), people.publicNames(Set.of(c.personId())).get(c.personId())));
    }

    @Transactional(readOnly = true)
    public long coordinatorVersion(long planId) {
        return coordinators.findById(planId).map(TablesCoordinator::version).orElse(0L);
    }

    /** Appoints (or replaces) the one coordinator of all the plan's tables. */
    public Named appointCoordinator(long planId, CoordinatorForm form) {
        PlanFacts plan = spaces.plan(planId);
        access.requireManage(plan.districtId());
        PersonView person = people.require(plan.districtId(), form.personId(), "personId");
        Optional<TablesCoordinator> current = coordinators.findById(planId);
        if (current.isPresent() && form.version() != null) {
            StaleVersionException.check(form.version(), current.get().version());
        }
        Named before = coordinator(planId).orElse(null);
        TablesCoordinator coordinator = current.orElseGet(() -> new TablesCoordinator(planId, person.id()));
        coordinator.appoint(person.id());
        coordinators.saveAndFlush(coordinator);
        Named after = new Named(person.id(), person.fullName());
        events.publishEvent(
                before == null
                        ? EntityChanged.created(plan.districtId(), COORDINATOR, planId, after)
                        : EntityChanged.updated(plan.districtId(), COORDINATOR, planId, before, after));
        return after;
    }

    /** What other modules need to know of a table; not found when there is none. */
    @Transactional(readOnly = true)
    public TableFacts facts(long tableId) {
        return find(tableId).facts();
    }

    /** The facts of a plan's tables, by name. */
    @Transactional(readOnly = true)
    public List<TableFacts> factsByPlan(long planId) {
        return tables.findByPlanIdOrderByName(planId).stream()
                .map(ThematicTable::facts)
                .toList();
    }

    ThematicTable find(long tableId) {
        return tables.findById(tableId).orElseThrow(() -> new NotFoundException("error.table.notFound", tableId));
    }

    TableView view(ThematicTable table) {
        int seats = members.findByTableIdAndLeftOnIsNull(table.id()).size();
        Map<Long, String> liaison =
                table.liaisonId() == null ? Map.of() : people.publicNames(Set.of(table.liaisonId()));
        return view(table, areaNames(table.planId()), liaison, seats);
    }

    private TableView view(ThematicTable table, Map<Long, String> areaNames, Map<Long, String> liaisons, long seats) {
        List<Named> tableAreas = areaNames.entrySet().stream()
                .filter(area -> table.areaIds().contains(area.getKey()))
                .map(area -> new Named(area.getKey(), area.getValue()))
                .toList();
        Named liaison =
                table.liaisonId() == null ? null : new Named(table.liaisonId(), liaisons.get(table.liaisonId()));
        return new TableView(
                table.id(),
                table.planId(),
                table.name(),
                table.kind(),
                table.description(),
                tableAreas,
                liaison,
                (int) seats,
                table.version());
    }

    /** The plan's areas by id, in the plan's order. */
    private Map<Long, String> areaNames(long planId) {
        return areas.publicAreas(planId).stream()
                .collect(Collectors.toMap(PolicyAreaView::id, PolicyAreaView::name, (a, b) -> a, LinkedHashMap::new));
    }

    private void check(PlanFacts plan, TableForm form, Long self) {
        tables.findFirstByPlanIdAndNameIgnoreCase(plan.id(), form.name().strip())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw RuleViolationException.conflict("name", "error.table.nameTaken", other.name());
                });
        Set<Long> planAreas = new HashSet<>(areaNames(plan.id()).keySet());
        if (form.areaIds().isEmpty()) {
            throw RuleViolationException.invalid("areaIds", "error.table.noArea");
        }
        if (!planAreas.containsAll(form.areaIds())) {
            throw RuleViolationException.invalid("areaIds", "error.area.notInPlan");
        }
        if (form.liaisonId() != null) {
            PersonView liaison = people.require(plan.districtId(), form.liaisonId(), "liaisonId");
            boolean municipal = liaison.organizationId() != null
                    && organizations
                                    .require(plan.districtId(), liaison.organizationId(), "liaisonId")
                                    .type()
                            == OrganizationType.MUNICIPALITY;
            if (!municipal) {
                throw RuleViolationException.invalid(
                        "liaisonId", "error.table.liaisonNotMunicipal", liaison.fullName());
            }
        }
    }
}

package it.zona.participation.tables;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.participation.space.ParticipationAccess;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations sitting at each table and the representatives they named. A seat is never
 * rewritten: a new representative or a withdrawal ends it, so the table's history stays readable.
 * Names are public; contacts are for the District's staff.
 */
@Service
@Transactional
public class TableMembership {

    public static final String ENTITY = "TableMember";

    private final TableMembers members;
    private final TableRegistry tables;
    private final OrganizationRegistry organizations;
    private final ParticipationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TableMembership(
            TableMembers members,
            TableRegistry tables,
            OrganizationRegistry organizations,
            ParticipationAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.tables = tables;
        this.organizations = organizations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The organisations at the table now, by name. */
    @Transactional(readOnly = true)
    public List<TableMemberView> members(long tableId) {
        ThematicTable table = tables.find(tableId);
        return views(table, members.findByTableIdAndLeftOnIsNull(tableId)).stream()
                .sorted(Comparator.comparing(m -> m.organization().name()))
                .toList();
    }

    /** Every seat the table has had, the ended ones with when and why, in the order they began. */
    @Transactional(readOnly = true)
    public List<TableMemberView> history(long tableId) {
        ThematicTable table = tables.find(tableId);
        return views(table, members.findByTableIdOrderByJoinedOnAscIdAsc(tableId));
    }

    @Transactional(readOnly = true)
    public TableMemberView get(long tableId, long memberId) {
        ThematicTable table = tables.find(tableId);
        return views(table, List.of(find(tableId, memberId))).get(0);
    }

    /** The office seats an organisation directly (e.g. the health authority, which is not called). */
    public TableMemberView add(long tableId, MemberForm form) {
        return seatSince(tableId, form, today());
    }

    /**
     * Seats an organisation with the representatives of an accepted nomination. An organisation
     * already at the table gets its new representatives, its previous seat ending as replaced.
     */
    public TableMemberView seat(
            long tableId,
            long organizationId,
            Representative representative,
            Representative substitute,
            Long nominationId) {
        ThematicTable table = tables.find(tableId);
        access.requireManage(table.districtId());
        OrganizationView organization = organizations.require(table.districtId(), organizationId, "organizationId");
        members.findFirstByTableIdAndOrganizationIdAndLeftOnIsNull(tableId, organizationId)
                .ifPresent(previous -> end(table, previous, MembershipEnd.REPLACED));
        return seat(table, organization, representative, substitute, nominationId, today());
    }

    /**
     * Enters a seat that began before the table was kept here (a District bringing its records, the
     * demo): like {@link #add}, from the day given, which may not be in the future.
     */
    public TableMemberView seatSince(long tableId, MemberForm form, LocalDate since) {
        ThematicTable table = tables.find(tableId);
        access.requireManage(table.districtId());
        if (since.isAfter(today())) {
            throw RuleViolationException.invalid("joinedOn", "error.member.joinedInFuture");
        }
        OrganizationView organization =
                organizations.require(table.districtId(), form.organizationId(), "organizationId");
        members.findFirstByTableIdAndOrganizationIdAndLeftOnIsNull(tableId, organization.id())
                .ifPresent(seat -> {
                    throw RuleViolationException.conflict(
                            "organizationId",
                            "error.member.alreadySeated",
                            organization.name(),
                            TableNames.referenceTo(table.name()));
                });
        return seat(table, organization, form.representative(), form.substitute(), null, since);
    }

    /** The organisation names a new representative or substitute: the seat goes on in a new row. */
    public TableMemberView replace(long tableId, long memberId, MemberForm form, long expectedVersion) {
        ThematicTable table = tables.find(tableId);
        access.requireManage(table.districtId());
        TableMember previous = requireActive(tableId, memberId);
        StaleVersionException.check(expectedVersion, previous.version());
        if (form.organizationId() != null && form.organizationId() != previous.organizationId()) {
            throw RuleViolationException.invalid("organizationId", "error.member.otherOrganization");
        }
        OrganizationView organization =
                organizations.require(table.districtId(), previous.organizationId(), "organizationId");
        end(table, previous, MembershipEnd.REPLACED);
        return seat(table, organization, form.representative(), form.substitute(), null, today());
    }

    /** The organisation leaves the table; its seat stays in the history. */
    public TableMemberView withdraw(long tableId, long memberId) {
        ThematicTable table = tables.find(tableId);
        access.requireManage(table.districtId());
        TableMember seat = requireActive(tableId, memberId);
        end(table, seat, MembershipEnd.WITHDRAWN);
        return views(table, List.of(seat)).get(0);
    }

    /** Whether the organisation sits at the table now: attendance and proposals are for members. */
    @Transactional(readOnly = true)
    public boolean isMember(long tableId, long organizationId) {
        return members.findFirstByTableIdAndOrganizationIdAndLeftOnIsNull(tableId, organizationId)
                .isPresent();
    }

    /**
     * The seats the signed-in person holds now, as representative or substitute, matched by the
     * account's e-mail; with contacts, since they are the person's own. None when signed out.
     */
    @Transactional(readOnly = true)
    public List<TableMemberView> seatsOfCurrentUser() {
        List<TableMember> seats = access.email().map(members::findActiveHeldBy).orElse(List.of());
        Map<Long, List<TableMember>> byTable = seats.stream().collect(Collectors.groupingBy(TableMember::tableId));
        return byTable.entrySet().stream()
                .flatMap(entry -> views(tables.find(entry.getKey()), entry.getValue(), true).stream())
                .toList();
    }

    /** Whether the signed-in person holds a seat at the table now. */
    @Transactional(readOnly = true)
    public boolean holdsSeatAt(long tableId) {
        return seatsOfCurrentUser().stream().anyMatch(seat -> seat.tableId() == tableId);
    }

    /**
     * The seats at the table now, with contacts and no access check: for the module's own mail
     * (invitations, reminders), which goes out whoever triggers it, the scheduler included.
     */
    public List<TableMemberView> seatedWithContacts(long tableId) {
        ThematicTable table = tables.find(tableId);
        return views(table, members.findByTableIdAndLeftOnIsNull(tableId), true);
    }

    private TableMemberView seat(
            ThematicTable table,
            OrganizationView organization,
            Representative representative,
            Representative substitute,
            Long nominationId,
            LocalDate since) {
        if (representative == null) {
            throw RuleViolationException.invalid("representativeName", "error.member.representativeMissing");
        }
        TableMember seat = members.saveAndFlush(
                new TableMember(table.id(), organization.id(), representative, substitute, since, nominationId));
        TableMemberView view = seat.view(organization.name());
        events.publishEvent(EntityChanged.created(table.districtId(), ENTITY, seat.id(), view));
        return view;
    }

    private void end(ThematicTable table, TableMember seat, MembershipEnd reason) {
        String name = organizations
                .names(table.districtId(), List.of(seat.organizationId()))
                .get(seat.organizationId());
        TableMemberView before = seat.view(name);
        seat.end(today(), reason);
        members.saveAndFlush(seat);
        events.publishEvent(EntityChanged.updated(table.districtId(), ENTITY, seat.id(), before, seat.view(name)));
    }

    private TableMember find(long tableId, long memberId) {
        return members.findByIdAndTableId(memberId, tableId)
                .orElseThrow(() -> new NotFoundException("error.tableMember.notFound", memberId));
    }

    private TableMember requireActive(long tableId, long memberId) {
        TableMember seat = find(tableId, memberId);
        if (!seat.isActive()) {
            throw RuleViolationException.conflict(null, "error.member.ended");
        }
        return seat;
    }

    /** Staff see contacts; everyone else names only. */
    private List<TableMemberView> views(ThematicTable table, List<TableMember> seats) {
        return views(table, seats, access.isStaff(table.districtId()));
    }

    private List<TableMemberView> views(ThematicTable table, List<TableMember> seats, boolean contacts) {
        Map<Long, String> names = organizations.names(
                table.districtId(),
                seats.stream().map(TableMember::organizationId).collect(Collectors.toSet()));
        return seats.stream()
                .map(seat -> seat.view(names.get(seat.organizationId())))
                .map(view -> contacts ? view : view.withoutContacts())
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformConfig.ZONE));
    }
}

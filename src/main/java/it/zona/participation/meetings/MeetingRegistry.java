package it.zona.participation.meetings;

import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.TableFacts;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanFacts;
import it.zona.programme.Named;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings of a plan's tables and its plenary meetings and their calendar ({@link
 * AttendanceRegister} keeps who came, {@link MeetingFeed} the iCalendar feeds). Everyone reads them (from the plan's launch, as the tables); the District's editors
 * schedule, change, move and cancel them, and each of these changes mails the members an iCalendar
 * invitation or cancellation.
 */
@Service
@Transactional
public class MeetingRegistry {

    public static final String ENTITY = "Meeting";
    static final int LIST_PAGE_SIZE = 20;

    private final Meetings meetings;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final TableMembership membership;
    private final ParticipationAccess access;
    private final MeetingMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingRegistry(
            Meetings meetings,
            TableRegistry tables,
            PlanningSpaces spaces,
            TableMembership membership,
            ParticipationAccess access,
            MeetingMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.tables = tables;
        this.spaces = spaces;
        this.membership = membership;
        this.access = access;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    // --- Reading -------------------------------------------------------------------------------

    /** A table's meetings, in date order. */
    @Transactional(readOnly = true)
    public List<MeetingView> forTable(long tableId) {
        TableFacts table = tables.facts(tableId);
        return views(meetings.findByTableIdOrderByDateAscStartTimeAsc(table.id()));
    }

    /** Every meeting of the plan, its tables' and its plenary ones, in date order. */
    @Transactional(readOnly = true)
    public List<MeetingView> forPlan(long planId) {
        spaces.plan(planId);
        return views(meetings.findByPlanIdOrderByDateAscStartTimeAsc(planId));
    }

    /** The plan's plenary meetings (no table), in date order. */
    @Transactional(readOnly = true)
    public List<MeetingView> plenaries(long planId) {
        spaces.plan(planId);
        return views(meetings.findByPlanIdAndTableIdIsNullOrderByDateAscStartTimeAsc(planId));
    }

    @Transactional(readOnly = true)
    public MeetingView get(long meetingId) {
        return view(find(meetingId));
    }

    /** The table's next meetings still to be held, soonest first: for the table's page. */
    @Transactional(readOnly = true)
    public List<MeetingView> upcoming(long tableId, int limit) {
        return stillToCome(forTable(tableId), limit);
    }

    /** The plan's next plenary meetings still to be held, soonest first. */
    @Transactional(readOnly = true)
    public List<MeetingView> upcomingPlenaries(long planId, int limit) {
        return stillToCome(plenaries(planId), limit);
    }

    private List<MeetingView> stillToCome(List<MeetingView> inDateOrder, int limit) {
        LocalDateTime now = nowInRome();
        return inDateOrder.stream()
                .filter(m -> m.status().isPending())
                .filter(m -> !m.date().atTime(m.endTime()).isBefore(now))
                .limit(limit)
                .toList();
    }

    /**
     * The plan's calendar as a list: the meetings still to come first (soonest first), then the past
     * ones (latest first); only one table's if {@code tableId} is given.
     */
    @Transactional(readOnly = true)
    public PageView<MeetingView> agenda(long planId, Long tableId, int page) {
        LocalDate today = today();
        List<MeetingView> all = filtered(planId, tableId);
        List<MeetingView> ordered = new ArrayList<>(
                all.stream().filter(m -> !m.date().isBefore(today)).toList());
        List<MeetingView> past = new ArrayList<>(
                all.stream().filter(m -> m.date().isBefore(today)).toList());
        java.util.Collections.reverse(past);
        ordered.addAll(past);
        return PageView.slice(ordered, page, LIST_PAGE_SIZE);
    }

    /** A month of the plan's calendar, with the plan's deadline for the acts marked. */
    @Transactional(readOnly = true)
    public CalendarMonth month(long planId, YearMonth month, Long tableId) {
        PlanFacts plan = spaces.plan(planId);
        Map<LocalDate, List<MeetingView>> byDay = filtered(planId, tableId).stream()
                .filter(m -> YearMonth.from(m.date()).equals(month))
                .collect(Collectors.groupingBy(MeetingView::date, LinkedHashMap::new, Collectors.toList()));
        return CalendarMonth.of(month, byDay, today(), plan.actsDeadline());
    }

    /**
     * The tables with no meeting still to be held between today and the plan's deadline for the
     * acts; empty once the deadline has passed or when the plan has none.
     */
    @Transactional(readOnly = true)
    public List<TableView> withoutMeetingBeforeDeadline(long planId) {
        PlanFacts plan = spaces.plan(planId);
        LocalDate today = today();
        LocalDate deadline = plan.actsDeadline();
        if (deadline == null || deadline.isBefore(today)) {
            return List.of();
        }
        Set<Long> covered = meetings.findByPlanIdOrderByDateAscStartTimeAsc(planId).stream()
                .filter(m -> m.tableId() != null && m.status().isPending())
                .filter(m -> !m.date().isBefore(today) && !m.date().isAfter(deadline))
                .map(Meeting::tableId)
                .collect(Collectors.toSet());
        return tables.list(planId).stream()
                .filter(table -> !covered.contains(table.id()))
                .toList();
    }

    /** Whether the current user runs the tables, hence the meetings, of the plan. */
    @Transactional(readOnly = true)
    public boolean canManage(long planId) {
        return tables.canManage(planId);
    }

    // --- Changing ------------------------------------------------------------------------------

    /** Schedules a meeting of a table and invites its members. */
    public MeetingView schedule(long tableId, MeetingForm form) {
        TableFacts table = tables.facts(tableId);
        access.requireManage(table.districtId());
        return create(spaces.plan(table.planId()), table.id(), form);
    }

    /** Schedules a plenary meeting of the plan (all its tables) and invites the members of them all. */
    public MeetingView schedulePlenary(long planId, MeetingForm form) {
        PlanFacts plan = spaces.plan(planId);
        access.requireManage(plan.districtId());
        return create(plan, null, form);
    }

    public MeetingView update(long meetingId, MeetingForm form, long expectedVersion) {
        Meeting meeting = find(meetingId);
        access.requireManage(meeting.districtId());
        StaleVersionException.check(expectedVersion, meeting.version());
        PlanFacts plan = spaces.plan(meeting.planId());
        check(plan, form);
        MeetingView before = view(meeting);
        int sequence = meeting.sequence();
        meeting.apply(form, clock.instant());
        meetings.saveAndFlush(meeting);
        MeetingView after = view(meeting);
        events.publishEvent(EntityChanged.updated(meeting.districtId(), ENTITY, meetingId, before, after));
        if (meeting.sequence() != sequence && isFuture(meeting)) {
            mail.invite(plan, after, recipients(meeting.facts()), false);
        }
        return after;
    }

    /** Postpones the meeting to a new date; the members get the updated invitation (same UID). */
    public MeetingView move(long meetingId, MoveForm form, long expectedVersion) {
        Meeting meeting = find(meetingId);
        access.requireManage(meeting.districtId());
        StaleVersionException.check(expectedVersion, meeting.version());
        PlanFacts plan = spaces.plan(meeting.planId());
        checkDate(plan, form.date());
        MeetingView before = view(meeting);
        meeting.move(form.date(), form.startTime(), form.endTime(), today(), clock.instant());
        meetings.saveAndFlush(meeting);
        MeetingView after = view(meeting);
        events.publishEvent(EntityChanged.updated(meeting.districtId(), ENTITY, meetingId, before, after));
        if (isFuture(meeting)) {
            mail.invite(plan, after, recipients(meeting.facts()), true);
        }
        return after;
    }

    /** Calls the meeting off; the members' calendars get the cancellation. */
    public MeetingView cancel(long meetingId) {
        Meeting meeting = find(meetingId);
        access.requireManage(meeting.districtId());
        PlanFacts plan = spaces.plan(meeting.planId());
        MeetingView before = view(meeting);
        meeting.cancel(clock.instant());
        meetings.saveAndFlush(meeting);
        MeetingView after = view(meeting);
        events.publishEvent(EntityChanged.updated(meeting.districtId(), ENTITY, meetingId, before, after));
        if (isFuture(meeting)) {
            mail.cancel(plan, after, recipients(meeting.facts()));
        }
        return after;
    }

    /** Records that the meeting took place (it must have started). */
    public MeetingView markHeld(long meetingId) {
        Meeting meeting = find(meetingId);
        access.requireManage(meeting.districtId());
        MeetingView before = view(meeting);
        meeting.held(nowInRome(), clock.instant());
        meetings.saveAndFlush(meeting);
        MeetingView after = view(meeting);
        events.publishEvent(EntityChanged.updated(meeting.districtId(), ENTITY, meetingId, before, after));
        return after;
    }

    /** Changes the status: HELD and CANCELLED only (POSTPONED comes with a new date: {@link #move}). */
    public MeetingView changeStatus(long meetingId, MeetingStatus status) {
        return switch (status) {
            case HELD -> markHeld(meetingId);
            case CANCELLED -> cancel(meetingId);
            default -> throw RuleViolationException.invalid("status", "error.meeting.statusNotSettable");
        };
    }

    // --- Reminders -----------------------------------------------------------------------------

    /**
     * Queues the day-before reminder of every meeting still to be held that starts within 24 hours
     * and has none yet, marking it in the same transaction as the outbox rows: a crash loses neither
     * and sends neither twice. Answers how many meetings were reminded.
     */
    int remindDue() {
        LocalDateTime now = nowInRome();
        LocalDateTime horizon = now.plusHours(24);
        int reminded = 0;
        for (Meeting meeting : meetings.findUnreminded(
                List.of(MeetingStatus.SCHEDULED, MeetingStatus.POSTPONED), now.toLocalDate(), horizon.toLocalDate())) {
            if (meeting.start().isBefore(now) || meeting.start().isAfter(horizon)) {
                continue;
            }
            mail.remind(spaces.plan(meeting.planId()), view(meeting), recipients(meeting.facts()));
            meeting.reminded(clock.instant());
            meetings.save(meeting);
            reminded++;
        }
        meetings.flush();
        return reminded;
    }

    // --- Internals -----------------------------------------------------------------------------

    private MeetingView create(PlanFacts plan, Long tableId, MeetingForm form) {
        check(plan, form);
        Meeting meeting =
                meetings.saveAndFlush(new Meeting(plan.id(), plan.districtId(), tableId, form, clock.instant()));
        MeetingView view = view(meeting);
        events.publishEvent(EntityChanged.created(plan.districtId(), ENTITY, meeting.id(), view));
        if (isFuture(meeting)) {
            mail.invite(plan, view, recipients(meeting.facts()), false);
        }
        return view;
    }

    private void check(PlanFacts plan, MeetingForm form) {
        Meeting.check(form);
        checkDate(plan, form.date());
    }

    private static void checkDate(PlanFacts plan, LocalDate date) {
        if (!plan.covers(date)) {
            throw RuleViolationException.invalid(
                    "date", "error.meeting.outsidePlan", plan.period(), plan.firstYear(), plan.lastYear());
        }
    }

    /** The tables a meeting concerns: its own, or every one of the plan's for a plenary. */
    public List<Long> tableIdsOf(MeetingFacts meeting) {
        return meeting.tableId() != null
                ? List.of(meeting.tableId())
                : tables.factsByPlan(meeting.planId()).stream()
                        .map(TableFacts::id)
                        .toList();
    }

    /** The seats with contacts of the meeting's table, or of all the plan's tables for a plenary. */
    public List<TableMemberView> recipients(MeetingFacts meeting) {
        List<Long> tableIds = tableIdsOf(meeting);
        List<TableMemberView> seats = new ArrayList<>();
        for (long tableId : tableIds) {
            seats.addAll(membership.seatedWithContacts(tableId));
        }
        return seats;
    }

    /**
     * The organisations seated on the meeting's day at its table, or at any of the plan's tables for
     * a plenary (each organisation once), by name; public names only.
     */
    public List<TableMemberView> seatedOn(MeetingFacts meeting) {
        List<Long> tableIds = tableIdsOf(meeting);
        Map<Long, TableMemberView> byOrganization = new LinkedHashMap<>();
        for (TableMemberView view :
                tableIds.stream().flatMap(id -> membership.history(id).stream()).toList()) {
            boolean covers = !view.joinedOn().isAfter(meeting.date())
                    && (view.leftOn() == null || view.leftOn().isAfter(meeting.date()));
            if (covers) {
                byOrganization.putIfAbsent(view.organization().id(), view.withoutContacts());
            }
        }
        return byOrganization.values().stream()
                .sorted(Comparator.comparing(v -> v.organization().name()))
                .toList();
    }

    private List<MeetingView> filtered(long planId, Long tableId) {
        spaces.plan(planId);
        if (tableId != null) {
            TableFacts table = tables.facts(tableId);
            if (table.planId() != planId) {
                throw new NotFoundException("error.table.notFound", tableId);
            }
            return views(meetings.findByTableIdOrderByDateAscStartTimeAsc(tableId));
        }
        return views(meetings.findByPlanIdOrderByDateAscStartTimeAsc(planId));
    }

    /** What the modules built on the meetings need to know of one; not found when there is none. */
    @Transactional(readOnly = true)
    public MeetingFacts facts(long meetingId) {
        return find(meetingId).facts();
    }

    /** The facts of these meetings, by id; the ids of no meeting are left out. */
    @Transactional(readOnly = true)
    public Map<Long, MeetingFacts> facts(Collection<Long> meetingIds) {
        Map<Long, MeetingFacts> found = new HashMap<>();
        meetings.findAllById(meetingIds).forEach(m -> found.put(m.id(), m.facts()));
        return found;
    }

    Meeting find(long meetingId) {
        return meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException("error.meeting.notFound", meetingId));
    }

    private boolean isFuture(Meeting meeting) {
        return meeting.start().isAfter(nowInRome());
    }

    List<MeetingView> views(List<Meeting> found) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Meeting meeting : found) {
            if (meeting.tableId() != null && !names.containsKey(meeting.tableId())) {
                names.put(meeting.tableId(), tables.facts(meeting.tableId()).name());
            }
        }
        return found.stream().map(m -> view(m, names.get(m.tableId()))).toList();
    }

    MeetingView view(Meeting meeting) {
        return view(
                meeting,
                meeting.tableId() == null
                        ? null
                        : tables.facts(meeting.tableId()).name());
    }

    private MeetingView view(Meeting meeting, String tableName) {
        return new MeetingView(
                meeting.id(),
                meeting.planId(),
                meeting.tableId(),
                tableName,
                meeting.title(),
                meeting.date(),
                meeting.startTime(),
                meeting.endTime(),
                meeting.place(),
                meeting.onlineLink(),
                List.copyOf(meeting.agenda()),
                meeting.status(),
                meeting.toBeRecorded(nowInRome()),
                meeting.sequence(),
                List.copyOf(meeting.moves()),
                List.copyOf(meeting.guests()),
                meeting.version());
    }

    /**
     * The office's to-do list: the meetings of the given Districts that are over but still
     * scheduled, for the staff to record as held or cancelled.
     */
    @Transactional(readOnly = true)
    public List<MeetingView> toBeRecorded(Collection<Long> districtIds) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = nowInRome();
        return views(meetings
                .findPendingUpTo(
                        districtIds, List.of(MeetingStatus.SCHEDULED, MeetingStatus.POSTPONED), now.toLocalDate())
                .stream()
                .filter(meeting -> meeting.toBeRecorded(now))
                .toList());
    }

    /** For the calendar's table filter: the plan's tables, by name. */
    @Transactional(readOnly = true)
    public List<Named> tableChoices(long planId) {
        return tables.list(planId).stream()
                .map(t -> new Named(t.id(), t.name()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformConfig.ZONE));
    }

    private LocalDateTime nowInRome() {
        return LocalDateTime.now(clock.withZone(PlatformConfig.ZONE));
    }
}

package it.zona.participation.calls;

import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanFacts;
import it.zona.programme.Named;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls for nominations of a plan: the office writes one as a draft, opens it, closes it and
 * reopens it with a new deadline. Open and closed calls are public, as the tables are; drafts are
 * for the District's staff.
 */
@Service
@Transactional
public class CallRegistry {

    public static final String ENTITY = "CallForNominations";

    private final CallsForNominations calls;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final ParticipationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallRegistry(
            CallsForNominations calls,
            TableRegistry tables,
            PlanningSpaces spaces,
            ParticipationAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.calls = calls;
        this.tables = tables;
        this.spaces = spaces;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The plan's calls, latest deadline first; drafts only for the District's staff. */
    @Transactional(readOnly = true)
    public List<CallView> list(long planId) {
        PlanFacts plan = spaces.plan(planId);
        boolean staff = access.isStaff(plan.districtId());
        Map<Long, String> tableNames = tableNames(planId);
        return calls.findByPlanIdOrderByDeadlineDescIdDesc(planId).stream()
                .filter(call -> staff || call.status() != CallStatus.DRAFT)
                .map(call -> view(call, tableNames))
                .toList();
    }

    @Transactional(readOnly = true)
    public CallView get(long callId) {
        return view(visible(callId));
    }

    public CallView create(long planId, CallForm form) {
        PlanFacts plan = spaces.plan(planId);
        access.requireManage(plan.districtId());
        CallForNominations call = calls.saveAndFlush(new CallForNominations(
                planId,
                plan.districtId(),
                form.title(),
                form.text(),
                CallTimes.instant(form.deadline()),
                planTables(planId, form.tableIds())));
        CallView view = view(call);
        events.publishEvent(EntityChanged.created(plan.districtId(), ENTITY, call.id(), view));
        return view;
    }

    /** Only a draft changes; an open call gets more time through {@link #reopen}. */
    public CallView update(long callId, CallForm form, long expectedVersion) {
        CallForNominations call = find(callId);
        access.requireManage(call.districtId());
        StaleVersionException.check(expectedVersion, call.version());
        CallView before = view(call);
        call.rewrite(
                form.title(),
                form.text(),
                CallTimes.instant(form.deadline()),
                planTables(call.planId(), form.tableIds()));
        return saved(call, before);
    }

    /** Publishes the call: from now on the office can invite organisations and they can nominate. */
    public CallView open(long callId) {
        CallForNominations call = find(callId);
        access.requireManage(call.districtId());
        CallView before = view(call);
        call.open(clock.instant());
        return saved(call, before);
    }

    /** Closes the call before or after its deadline: the links stop working. */
    public CallView close(long callId) {
        CallForNominations call = find(callId);
        access.requireManage(call.districtId());
        CallView before = view(call);
        call.close(clock.instant());
        return saved(call, before);
    }

    /** Reopens a closed or expired call, or extends an open one, with a later deadline; the links work again. */
    public CallView reopen(long callId, ReopenForm form) {
        CallForNominations call = find(callId);
        access.requireManage(call.districtId());
        if (form.version() != null) {
            StaleVersionException.check(form.version(), call.version());
        }
        CallView before = view(call);
        call.reopen(CallTimes.instant(form.deadline()), clock.instant(), access.actor());
        return saved(call, before);
    }

    /** Whether the current user runs this call's District's tables. */
    @Transactional(readOnly = true)
    public boolean canManage(long callId) {
        return access.canManage(find(callId).districtId());
    }

    CallForNominations find(long callId) {
        return calls.findById(callId).orElseThrow(() -> new NotFoundException("error.call.notFound", callId));
    }

    /** A draft is not there for who is not on the District's staff. */
    CallForNominations visible(long callId) {
        CallForNominations call = find(callId);
        if (call.status() == CallStatus.DRAFT && !access.isStaff(call.districtId())) {
            throw new NotFoundException("error.call.notFound", callId);
        }
        return call;
    }

    CallView view(CallForNominations call) {
        return view(call, tableNames(call.planId()));
    }

    /** The names of the call's tables, in the order the plan lists them. */
    List<Named> tablesOf(CallForNominations call) {
        return view(call).tables();
    }

    private CallView view(CallForNominations call, Map<Long, String> tableNames) {
        List<Named> callTables = tableNames.entrySet().stream()
                .filter(table -> call.tableIds().contains(table.getKey()))
                .map(table -> new Named(table.getKey(), table.getValue()))
                .toList();
        return new CallView(
                call.id(),
                call.planId(),
                call.title(),
                call.text(),
                call.deadline(),
                call.status(),
                call.accepting(clock.instant()),
                call.openedAt(),
                call.closedAt(),
                callTables,
                call.reopenings(),
                call.version());
    }

    private CallView saved(CallForNominations call, CallView before) {
        calls.saveAndFlush(call);
        CallView after = view(call);
        events.publishEvent(EntityChanged.updated(call.districtId(), ENTITY, call.id(), before, after));
        return after;
    }

    private Map<Long, String> tableNames(long planId) {
        return tables.list(planId).stream()
                .collect(Collectors.toMap(TableView::id, TableView::name, (a, b) -> a, LinkedHashMap::new));
    }

    private Set<Long> planTables(long planId, List<Long> tableIds) {
        Set<Long> ids = new LinkedHashSet<>(tableIds);
        if (!tableNames(planId).keySet().containsAll(ids)) {
            throw RuleViolationException.invalid("tableIds", "error.call.tableNotInPlan");
        }
        return ids;
    }
}

package it.zona.budget;

import it.zona.plan.PlanChange;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff of a plan, year by year: who works on it, in which role, full-time equivalents, employed by whom. */
@Service
@Transactional
public class StaffingRegistry {

    public static final String ENTITY = "Staffing";

    private final StaffingRows rows;
    private final InterventionRegistry interventions;
    private final PlanResources resources;

    StaffingRegistry(StaffingRows rows, InterventionRegistry interventions, PlanResources resources) {
        this.rows = rows;
        this.interventions = interventions;
        this.resources = resources;
    }

    @Transactional(readOnly = true)
    public List<StaffingView> list(long planId) {
        PlanView plan = resources.read(planId);
        List<Staffing> all = rows.findByPlanIdOrderByYearAscRoleAscIdAsc(planId);
        Function<Staffing, StaffingView> view = views(plan, all);
        return all.stream().map(view).toList();
    }

    @Transactional(readOnly = true)
    public StaffingView get(long planId, long id) {
        PlanView plan = resources.read(planId);
        Staffing row = find(planId, id);
        return views(plan, List.of(row)).apply(row);
    }

    public StaffingView create(long planId, StaffingForm form, String reason) {
        PlanChange change = resources.change(planId, reason);
        check(change, form);
        Staffing row = new Staffing(planId);
        row.apply(form);
        rows.saveAndFlush(row);
        StaffingView view = views(resources.read(planId), List.of(row)).apply(row);
        resources.created(change, ENTITY, row.id(), view);
        return view;
    }

    public StaffingView update(long planId, long id, StaffingForm form, long expectedVersion, String reason) {
        PlanChange change = resources.change(planId, reason);
        Staffing row = find(planId, id);
        StaleVersionException.check(expectedVersion, row.version());
        check(change, form);
        PlanView plan = resources.read(planId);
        StaffingView before = views(plan, List.of(row)).apply(row);
        row.apply(form);
        rows.saveAndFlush(row);
        StaffingView after = views(plan, List.of(row)).apply(row);
        resources.updated(change, ENTITY, id, before, after);
        return after;
    }

    public void delete(long planId, long id, String reason) {
        PlanChange change = resources.change(planId, reason);
        Staffing row = find(planId, id);
        StaffingView before = views(resources.read(planId), List.of(row)).apply(row);
        rows.delete(row);
        rows.flush();
        resources.deleted(change, ENTITY, id, before);
    }

    private void check(PlanChange change, StaffingForm form) {
        if (!change.covers(form.year())) {
            throw RuleViolationException.invalid(
                    "year",
                    "error.staffing.yearOutside",
                    String.valueOf(change.firstYear()),
                    String.valueOf(change.lastYear()));
        }
        resources.requireOrganization(change, form.organizationId());
        if (form.interventionId() != null) {
            PlanResources.requireIntervention(interventions.list(change.planId()), form.interventionId());
        }
    }

    private Staffing find(long planId, long id) {
        return rows.findByIdAndPlanId(id, planId)
                .orElseThrow(() -> new NotFoundException("error.staffing.notFound", id));
    }

    private Function<Staffing, StaffingView> views(PlanView plan, List<Staffing> some) {
        Set<Long> organizationIds = new HashSet<>();
        some.forEach(s -> {
            if (s.organizationId() != null) {
                organizationIds.add(s.organizationId());
            }
        });
        Map<Long, String> organizations = resources.organizationNames(plan, organizationIds);
        Map<Long, String> titles = some.stream().anyMatch(s -> s.interventionId() != null)
                ? interventions.list(plan.id()).stream()
                        .collect(Collectors.toMap(InterventionView::id, InterventionView::title))
                : Map.of();
        return s -> new StaffingView(
                s.id(),
                s.planId(),
                s.year(),
                s.role(),
                s.description(),
                s.fte(),
                PlanResources.named(s.organizationId(), organizations),
                PlanResources.named(s.interventionId(), titles),
                s.version());
    }
}

package it.zona.budget;

import it.zona.budget.BudgetGrid.Cell;
import it.zona.district.DistrictRegistry;
import it.zona.plan.PlanChange;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.References;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget lines of a plan: what each funding source gives each intervention in each year it
 * runs, planned. One line per intervention, year and source; changes follow the plan's rules.
 */
@Service
@Transactional
public class BudgetRegistry {

    public static final String ENTITY = "BudgetLine";

    private final BudgetLines lines;
    private final FundingSourceRegistry sources;
    private final PlanRegistry plans;
    private final InterventionRegistry interventions;
    private final DistrictRegistry districts;
    private final References references;
    private final ApplicationEventPublisher events;

    BudgetRegistry(
            BudgetLines lines,
            FundingSourceRegistry sources,
            PlanRegistry plans,
            InterventionRegistry interventions,
            DistrictRegistry districts,
            References references,
            ApplicationEventPublisher events) {
        this.lines = lines;
        this.sources = sources;
        this.plans = plans;
        this.interventions = interventions;
        this.districts = districts;
        this.references = references;
        this.events = events;
    }

    /** The plan's lines, narrowed to a year, an intervention or a source when given. */
    @Transactional(readOnly = true)
    public List<BudgetLineView> list(long planId, Integer year, Long interventionId, Long sourceId) {
        BudgetContext context = context(planId);
        return lines.findByPlanId(planId).stream()
                .filter(l -> year == null || l.year() == year)
                .filter(l -> interventionId == null || l.interventionId() == interventionId)
                .filter(l -> sourceId == null || l.fundingSourceId() == sourceId)
                .map(context::view)
                .sorted(context.lineOrder())
                .toList();
    }

    @Transactional(readOnly = true)
    public BudgetLineView get(long planId, long lineId) {
        return context(planId).view(find(planId, lineId));
    }

    /** For other modules: a line known by its id alone, if the current user may read its plan. */
    @Transactional(readOnly = true)
    public BudgetLineView line(long lineId) {
        BudgetLine line =
                lines.findById(lineId).orElseThrow(() -> new NotFoundException("error.budget.lineNotFound", lineId));
        return context(line.planId()).view(line);
    }

    /**
     * For other modules that record money against a line (the spending module): the line as it is
     * now, its row locked until the caller's transaction ends, so that its planned amount cannot
     * change, and no other such caller can record against it, between the caller's check and its
     * write. Reading rights are the caller's to check.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BudgetLineView lock(long lineId) {
        BudgetLine line =
                lines.findLocked(lineId).orElseThrow(() -> new NotFoundException("error.budget.lineNotFound", lineId));
        return context(line.planId()).view(line);
    }

    public BudgetLineView create(long planId, BudgetLineForm form, String reason) {
        PlanChange change = plans.authorizeChange(planId, reason);
        BudgetContext context = context(planId);
        check(change, context, form, null);
        BudgetLine line = lines.saveAndFlush(new BudgetLine(
                planId, form.interventionId(), form.year(), form.fundingSourceId(), form.amount(), form.note()));
        BudgetLineView view = context.view(line);
        events.publishEvent(change.record(EntityChanged.created(change.districtId(), ENTITY, line.id(), view)));
        return view;
    }

    public BudgetLineView update(long planId, long lineId, BudgetLineForm form, long expectedVersion, String reason) {
        PlanChange change = plans.authorizeChange(planId, reason);
        BudgetLine line = find(planId, lineId);
        StaleVersionException.check(expectedVersion, line.version());
        BudgetContext context = context(planId);
        check(change, context, form, line);
        boolean moves = line.interventionId() != form.interventionId()
                || line.year() != form.year()
                || line.fundingSourceId() != form.fundingSourceId();
        if (moves) {
            requireUnused(line, "fundingSourceId", "error.budget.lineInUseMove");
        }
        BudgetLineView before = context.view(line);
        line.moveTo(form.interventionId(), form.year(), form.fundingSourceId());
        line.change(form.amount(), form.note());
        lines.saveAndFlush(line);
        BudgetLineView after = context.view(line);
        events.publishEvent(change.record(EntityChanged.updated(change.districtId(), ENTITY, lineId, before, after)));
        return after;
    }

    public void delete(long planId, long lineId, String reason) {
        PlanChange change = plans.authorizeChange(planId, reason);
        BudgetLine line = find(planId, lineId);
        requireUnused(line, null, "error.budget.lineInUse");
        BudgetLineView before = context(planId).view(line);
        lines.delete(line);
        lines.flush();
        events.publishEvent(change.record(EntityChanged.deleted(change.districtId(), ENTITY, lineId, before)));
    }

    /** The intervention's budget as a table of sources by years. */
    @Transactional(readOnly = true)
    public BudgetGrid grid(long planId, long interventionId) {
        return grid(context(planId, interventionId), interventionId);
    }

    private BudgetGrid grid(BudgetContext context, long interventionId) {
        InterventionView intervention = intervention(context, interventionId);
        Map<Cell, BigDecimal> amounts = new LinkedHashMap<>();
        long version = 0;
        for (BudgetLine line : lines.findByInterventionId(interventionId)) {
            amounts.put(new Cell(line.year(), line.fundingSourceId()), line.amount());
            version += line.version() + 1;
        }
        List<FundingSourceView> shown = context.sources().stream()
                .filter(s -> s.active() || amounts.keySet().stream().anyMatch(c -> c.sourceId() == s.id()))
                .toList();
        List<Integer> years = IntStream.rangeClosed(intervention.firstYear(), intervention.lastYear())
                .boxed()
                .toList();
        return new BudgetGrid(intervention, years, shown, amounts, version);
    }

    /**
     * Saves the whole table of an intervention at once: a cell with an amount creates or changes
     * its line, a blank cell removes it. {@code expectedVersion} is the grid's version as read, so
     * that two people filling the same table do not overwrite each other.
     */
    public BudgetGrid saveGrid(
            long planId, long interventionId, Map<Cell, BigDecimal> cells, long expectedVersion, String reason) {
        PlanChange change = plans.authorizeChange(planId, reason);
        BudgetContext context = context(planId, interventionId);
        BudgetGrid current = grid(context, interventionId);
        StaleVersionException.check(expectedVersion, current.version());
        Map<Cell, BudgetLine> existing = new HashMap<>();
        lines.findByInterventionId(interventionId)
                .forEach(l -> existing.put(new Cell(l.year(), l.fundingSourceId()), l));
        for (Map.Entry<Cell, BigDecimal> entry : cells.entrySet()) {
            Cell cell = entry.getKey();
            String field = "cells[" + cell.key() + "]";
            BudgetLine line = existing.get(cell);
            if (entry.getValue() == null) {
                if (line != null) {
                    requireUnused(line, field, "error.budget.lineInUse");
                    BudgetLineView before = context.view(line);
                    lines.delete(line);
                    events.publishEvent(
                            change.record(EntityChanged.deleted(change.districtId(), ENTITY, line.id(), before)));
                }
                continue;
            }
            BigDecimal amount = Amounts.require(entry.getValue(), field);
            if (line == null) {
                BudgetLineForm form =
                        new BudgetLineForm(interventionId, cell.year(), cell.sourceId(), amount, null, null);
                checkCell(change, context, form, field);
                BudgetLine created =
                        lines.save(new BudgetLine(planId, interventionId, cell.year(), cell.sourceId(), amount, null));
                lines.flush();
                events.publishEvent(change.record(
                        EntityChanged.created(change.districtId(), ENTITY, created.id(), context.view(created))));
            } else if (line.amount().compareTo(amount) != 0) {
                BudgetLineView before = context.view(line);
                line.change(amount, line.note());
                lines.flush();
                events.publishEvent(change.record(
                        EntityChanged.updated(change.districtId(), ENTITY, line.id(), before, context.view(line))));
            }
        }
        lines.flush();
        return grid(context, interventionId);
    }

    /**
     * A line something is recorded against (commitments and payments, say) stays where it is: it
     * cannot be removed nor moved to another intervention, year or source (409, naming what holds it).
     */
    private void requireUnused(BudgetLine line, String field, String messageKey) {
        List<String> holders = references.to(ENTITY, line.id());
        if (!holders.isEmpty()) {
            throw RuleViolationException.conflict(
                    field, messageKey, String.valueOf(line.year()), String.join(", ", holders));
        }
    }

    /** The form must name an intervention of the plan, a year in which it runs and a usable source. */
    private void check(PlanChange change, BudgetContext context, BudgetLineForm form, BudgetLine self) {
        Amounts.require(form.amount(), "amount");
        boolean sameSource = self != null && self.fundingSourceId() == form.fundingSourceId();
        sources.requireUsable(change.districtId(), form.fundingSourceId(), sameSource);
        InterventionView intervention = intervention(context, form.interventionId());
        requireYear(change, intervention, form.year(), "year");
        lines.findByInterventionIdAndYearAndFundingSourceId(form.interventionId(), form.year(), form.fundingSourceId())
                .filter(other -> self == null || !other.id().equals(self.id()))
                .ifPresent(other -> {
                    throw RuleViolationException.conflict(
                            "fundingSourceId",
                            "error.budget.duplicate",
                            intervention.title(),
                            String.valueOf(form.year()),
                            context.source(form.fundingSourceId()).name());
                });
    }

    private void checkCell(PlanChange change, BudgetContext context, BudgetLineForm form, String field) {
        try {
            sources.requireUsable(change.districtId(), form.fundingSourceId(), false);
        } catch (RuleViolationException e) {
            throw RuleViolationException.invalid(field, e.messageKey(), e.arguments());
        }
        requireYear(change, intervention(context, form.interventionId()), form.year(), field);
    }

    private static void requireYear(PlanChange change, InterventionView intervention, int year, String field) {
        if (!change.covers(year)) {
            throw RuleViolationException.invalid(
                    field,
                    "error.budget.yearOutsidePlan",
                    String.valueOf(year),
                    String.valueOf(change.firstYear()),
                    String.valueOf(change.lastYear()));
        }
        if (!intervention.runsIn(year)) {
            throw RuleViolationException.invalid(
                    field, "error.budget.yearOutsideIntervention", String.valueOf(year), intervention.period());
        }
    }

    private static InterventionView intervention(BudgetContext context, long interventionId) {
        InterventionView intervention = context.intervention(interventionId);
        if (intervention == null) {
            throw RuleViolationException.invalid("interventionId", "error.budget.interventionNotInPlan");
        }
        return intervention;
    }

    private BudgetLine find(long planId, long lineId) {
        return lines.findByIdAndPlanId(lineId, planId)
                .orElseThrow(() -> new NotFoundException("error.budget.lineNotFound", lineId));
    }

    BudgetContext context(long planId) {
        PlanView plan = plans.readableView(planId);
        return new BudgetContext(plan, interventions.list(planId), sources.list(plan.districtSlug()));
    }

    /**
     * The context of one intervention's table: the plan, the sources and that intervention alone
     * (none when it is not the plan's), so that a table is read and saved without reading the
     * whole plan's interventions each time.
     */
    private BudgetContext context(long planId, long interventionId) {
        PlanView plan = plans.readableView(planId);
        List<InterventionView> one;
        try {
            one = List.of(interventions.get(planId, interventionId));
        } catch (NotFoundException e) {
            one = List.of();
        }
        return new BudgetContext(plan, one, sources.list(plan.districtSlug()));
    }
}

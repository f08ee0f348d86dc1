package it.zona.programme;

import it.zona.plan.PlanChange;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The needs heard in a plan's areas, each with its evidence and priority. */
@Service
@Transactional
public class NeedRegistry {

    public static final String ENTITY = "Need";

    private final Needs needs;
    private final PolicyAreas areas;
    private final Objectives objectives;
    private final PlanContent content;

    NeedRegistry(Needs needs, PolicyAreas areas, Objectives objectives, PlanContent content) {
        this.needs = needs;
        this.areas = areas;
        this.objectives = objectives;
        this.content = content;
    }

    /** The plan's needs, of one area when {@code areaId} is given, by area order and then priority. */
    @Transactional(readOnly = true)
    public List<NeedView> list(long planId, Long areaId) {
        content.read(planId);
        AreaOrder order = AreaOrder.of(areas, planId);
        return needs.findByPlanIdOrderByIdAsc(planId).stream()
                .filter(need -> areaId == null || need.areaId() == areaId)
                .map(need -> need.view(order.view(need.areaId())))
                .sorted(Comparator.comparing((NeedView n) -> order.rank(n.area()))
                        .thenComparing(NeedView::priority)
                        .thenComparing(NeedView::id))
                .toList();
    }

    @Transactional(readOnly = true)
    public NeedView get(long planId, long needId) {
        content.read(planId);
        Need need = find(planId, needId);
        return need.view(area(planId, need.areaId()).view());
    }

    public NeedView create(long planId, NeedForm form, String reason) {
        PlanChange change = content.change(planId, reason);
        PolicyArea area = area(planId, form.areaId());
        Need need = needs.saveAndFlush(new Need(planId, form, change.lastYear()));
        NeedView view = need.view(area.view());
        content.created(change, ENTITY, need.id(), view);
        return view;
    }

    public NeedView update(long planId, long needId, NeedForm form, long expectedVersion, String reason) {
        PlanChange change = content.change(planId, reason);
        Need need = find(planId, needId);
        StaleVersionException.check(expectedVersion, need.version());
        NeedView before = need.view(area(planId, need.areaId()).view());
        PolicyArea area = area(planId, form.areaId());
        need.apply(form, change.lastYear());
        needs.saveAndFlush(need);
        NeedView after = need.view(area.view());
        content.updated(change, ENTITY, needId, before, after);
        return after;
    }

    /** The objectives that answer the need: while there are any, it cannot be deleted. */
    @Transactional(readOnly = true)
    public List<String> heldBy(long planId, long needId) {
        content.read(planId);
        find(planId, needId);
        return objectives.findAnswering(needId).stream().map(Objective::title).toList();
    }

    public void delete(long planId, long needId, String reason) {
        PlanChange change = content.change(planId, reason);
        Need need = find(planId, needId);
        List<String> holders = heldBy(planId, needId);
        if (!holders.isEmpty()) {
            throw RuleViolationException.conflict(null, "error.need.inUse", need.title(), String.join(", ", holders));
        }
        NeedView before = need.view(area(planId, need.areaId()).view());
        needs.delete(need);
        needs.flush();
        content.deleted(change, ENTITY, needId, before);
    }

    private Need find(long planId, long needId) {
        return needs.findByIdAndPlanId(needId, planId)
                .orElseThrow(() -> new NotFoundException("error.need.notFound", needId));
    }

    private PolicyArea area(long planId, long areaId) {
        return areas.findByIdAndPlanId(areaId, planId)
                .orElseThrow(() -> RuleViolationException.invalid("areaId", "error.area.notInPlan"));
    }
}

package it.zona.programme;

import it.zona.plan.PlanChange;
import it.zona.programme.AreaObjectives.GeneralObjective;
import it.zona.programme.Positioned.Direction;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objectives of a plan: general ones per area, in the priority order the office sets, and the
 * specific yearly objectives that serve each of them.
 */
@Service
@Transactional
public class ObjectiveRegistry {

    public static final String ENTITY = "Objective";

    private final Objectives objectives;
    private final PolicyAreas areas;
    private final Needs needs;
    private final Interventions interventions;
    private final PlanContent content;

    ObjectiveRegistry(
            Objectives objectives, PolicyAreas areas, Needs needs, Interventions interventions, PlanContent content) {
        this.objectives = objectives;
        this.areas = areas;
        this.needs = needs;
        this.interventions = interventions;
        this.content = content;
    }

    /** Every objective of the plan: by area, general ones in priority order, each followed by its specific ones. */
    @Transactional(readOnly = true)
    public List<ObjectiveView> list(long planId) {
        return outline(planId).stream()
                .flatMap(area -> area.objectives().stream())
                .flatMap(general -> Stream.concat(Stream.of(general.objective()), general.specifics().stream()))
                .toList();
    }

    /** The areas that have objectives, with them in order. */
    @Transactional(readOnly = true)
    public List<AreaObjectives> outline(long planId) {
        content.read(planId);
        AreaOrder order = AreaOrder.of(areas, planId);
        List<Objective> all = objectives.findByPlanIdOrderByPosition(planId);
        Map<Long, ObjectiveView> views = views(planId, order, all);
        List<AreaObjectives> outline = new ArrayList<>();
        for (PolicyAreaView area : order.inOrder()) {
            List<GeneralObjective> generals = all.stream()
                    .filter(o -> o.isGeneral() && o.areaId() == area.id())
                    .map(general -> new GeneralObjective(
                            views.get(general.id()),
                            all.stream()
                                    .filter(o -> Objects.equals(o.parentId(), general.id()))
                                    .sorted(Comparator.comparing(Objective::year)
                                            .thenComparing(Objective::position))
                                    .map(o -> views.get(o.id()))
                                    .toList()))
                    .toList();
            if (!generals.isEmpty()) {
                outline.add(new AreaObjectives(area, generals));
            }
        }
        return outline;
    }

    @Transactional(readOnly = true)
    public ObjectiveView get(long planId, long objectiveId) {
        content.read(planId);
        return view(planId, find(planId, objectiveId));
    }

    public ObjectiveView create(long planId, ObjectiveForm form, String reason) {
        PlanChange change = content.change(planId, reason);
        Objective objective = new Objective(planId, form.kind(), 0);
        apply(change, objective, form);
        objective.placeAt(Positioned.after(siblings(objective)));
        objectives.saveAndFlush(objective);
        ObjectiveView view = view(planId, objective);
        content.created(change, ENTITY, objective.id(), view);
        return view;
    }

    public ObjectiveView update(
            long planId, long objectiveId, ObjectiveForm form, long expectedVersion, String reason) {
        PlanChange change = content.change(planId, reason);
        Objective objective = find(planId, objectiveId);
        StaleVersionException.check(expectedVersion, objective.version());
        if (form.kind() != objective.kind()) {
            throw RuleViolationException.invalid("kind", "error.objective.kindFixed");
        }
        ObjectiveView before = view(planId, objective);
        long areaBefore = objective.areaId();
        Long parentBefore = objective.parentId();
        apply(change, objective, form);
        if (objective.areaId() != areaBefore || !Objects.equals(objective.parentId(), parentBefore)) {
            objective.placeAt(Positioned.after(siblings(objective)));
        }
        if (objective.isGeneral() && objective.areaId() != areaBefore) {
            objectives.findByParentId(objectiveId).forEach(s -> s.followParentInto(objective.areaId()));
        }
        objectives.saveAndFlush(objective);
        ObjectiveView after = view(planId, objective);
        content.updated(change, ENTITY, objectiveId, before, after);
        return after;
    }

    /** Moves the objective one place up or down in the priority order of its siblings. */
    public void move(long planId, long objectiveId, Direction direction, String reason) {
        PlanChange change = content.change(planId, reason);
        Objective objective = find(planId, objectiveId);
        ObjectiveView before = view(planId, objective);
        if (Positioned.move(siblings(objective), objective, direction) != null) {
            objectives.flush();
            content.updated(change, ENTITY, objectiveId, before, view(planId, objective));
        }
    }

    /** The specific objectives and interventions under it: while there are any, it cannot be deleted. */
    @Transactional(readOnly = true)
    public List<String> heldBy(long planId, long objectiveId) {
        content.read(planId);
        find(planId, objectiveId);
        List<String> holders = new ArrayList<>();
        objectives.findByParentId(objectiveId).forEach(o -> holders.add(o.title()));
        interventions.findByObjectiveId(objectiveId).forEach(i -> holders.add(i.title()));
        return holders;
    }

    public void delete(long planId, long objectiveId, String reason) {
        PlanChange change = content.change(planId, reason);
        Objective objective = find(planId, objectiveId);
        List<String> holders = heldBy(planId, objectiveId);
        if (!holders.isEmpty()) {
            throw RuleViolationException.conflict(
                    null, "error.objective.inUse", objective.title(), String.join(", ", holders));
        }
        ObjectiveView before = view(planId, objective);
        objectives.delete(objective);
        objectives.flush();
        content.deleted(change, ENTITY, objectiveId, before);
    }

    /** Checks the form against the plan and gives its values to the objective. */
    private void apply(PlanChange change, Objective objective, ObjectiveForm form) {
        long planId = change.planId();
        long areaId;
        if (form.kind() == ObjectiveKind.GENERAL) {
            if (form.areaId() == null) {
                throw RuleViolationException.invalid("areaId", "error.objective.areaRequired");
            }
            areaId = areas.findByIdAndPlanId(form.areaId(), planId)
                    .orElseThrow(() -> RuleViolationException.invalid("areaId", "error.area.notInPlan"))
                    .id();
        } else {
            if (form.parentId() == null) {
                throw RuleViolationException.invalid("parentId", "error.objective.parentRequired");
            }
            Objective parent = objectives
                    .findByIdAndPlanId(form.parentId(), planId)
                    .filter(Objective::isGeneral)
                    .orElseThrow(() -> RuleViolationException.invalid("parentId", "error.objective.parentNotGeneral"));
            if (form.year() == null || !change.covers(form.year())) {
                throw RuleViolationException.invalid(
                        "year",
                        "error.objective.yearOutside",
                        String.valueOf(change.firstYear()),
                        String.valueOf(change.lastYear()));
            }
            areaId = parent.areaId();
        }
        List<Long> known = needs.findByIdIn(form.needIds()).stream()
                .filter(n -> n.planId() == planId)
                .map(Need::id)
                .toList();
        if (!new HashSet<>(known).containsAll(form.needIds())) {
            throw RuleViolationException.invalid("needIds", "error.objective.needNotInPlan");
        }
        objective.apply(areaId, form.parentId(), form.year(), form);
    }

    private List<Objective> siblings(Objective objective) {
        return objective.isGeneral()
                ? objectives.findByPlanIdAndKindAndAreaId(objective.planId(), ObjectiveKind.GENERAL, objective.areaId())
                : objectives.findByParentId(objective.parentId());
    }

    private Objective find(long planId, long objectiveId) {
        return objectives
                .findByIdAndPlanId(objectiveId, planId)
                .orElseThrow(() -> new NotFoundException("error.objective.notFound", objectiveId));
    }

    private ObjectiveView view(long planId, Objective objective) {
        return views(planId, AreaOrder.of(areas, planId), List.of(objective)).get(objective.id());
    }

    private Map<Long, ObjectiveView> views(long planId, AreaOrder order, List<Objective> some) {
        Map<Long, String> titles = objectives.findByPlanIdOrderByPosition(planId).stream()
                .collect(Collectors.toMap(Objective::id, Objective::title));
        Map<Long, String> needTitles =
                needs.findByPlanIdOrderByIdAsc(planId).stream().collect(Collectors.toMap(Need::id, Need::title));
        return some.stream()
                .collect(Collectors.toMap(
                        Objective::id,
                        o -> new ObjectiveView(
                                o.id(),
                                planId,
                                o.kind(),
                                order.view(o.areaId()),
                                o.parentId() == null ? null : new Named(o.parentId(), titles.get(o.parentId())),
                                o.year(),
                                o.title(),
                                o.description(),
                                o.position(),
                                o.needIds().stream()
                                        .sorted()
                                        .map(id -> new Named(id, needTitles.get(id)))
                                        .toList(),
                                o.version())));
    }
}

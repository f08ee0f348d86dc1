package it.zona.programme;

import it.zona.plan.PlanChange;
import it.zona.plan.PlanCreated;
import it.zona.programme.Positioned.Direction;
import it.zona.shared.NotFoundException;
import it.zona.shared.References;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy areas and target groups of a plan. A new plan starts with those of the plan before it,
 * or with the ISTAT areas when it has none; the office renames, groups, orders and adds to them.
 */
@Service
@Transactional
public class AreaRegistry {

    public static final String AREA = "PolicyArea";
    public static final String TARGET_GROUP = "TargetGroup";

    private final PolicyAreas areas;
    private final TargetGroups groups;
    private final Needs needs;
    private final Objectives objectives;
    private final Interventions interventions;
    private final PlanContent content;
    private final References references;

    AreaRegistry(
            PolicyAreas areas,
            TargetGroups groups,
            Needs needs,
            Objectives objectives,
            Interventions interventions,
            PlanContent content,
            References references) {
        this.references = references;
        this.areas = areas;
        this.groups = groups;
        this.needs = needs;
        this.objectives = objectives;
        this.interventions = interventions;
        this.content = content;
    }

    /** The areas as a tree: each top-level area with the areas grouped in it, in their order. */
    @Transactional(readOnly = true)
    public List<AreaNode> areas(long planId) {
        content.read(planId);
        return AreaOrder.of(areas, planId).tree();
    }

    /** The areas in the order of the tree, groups before their members: for lists and selects. */
    @Transactional(readOnly = true)
    public List<PolicyAreaView> areasInOrder(long planId) {
        content.read(planId);
        return AreaOrder.of(areas, planId).inOrder();
    }

    /**
     * The areas in order, with no access check: for the plan's thematic tables, which are public
     * from the launch and work on these areas while the rest of the draft is not.
     */
    @Transactional(readOnly = true)
    public List<PolicyAreaView> publicAreas(long planId) {
        return AreaOrder.of(areas, planId).inOrder();
    }

    @Transactional(readOnly = true)
    public PolicyAreaView area(long planId, long areaId) {
        content.read(planId);
        return findArea(planId, areaId).view();
    }

    public PolicyAreaView createArea(long planId, AreaForm form, String reason) {
        PlanChange change = content.change(planId, reason);
        requireUniqueArea(planId, form.name(), null);
        requireParent(planId, null, form.parentId());
        PolicyArea area = areas.saveAndFlush(new PolicyArea(
                planId,
                null,
                form.name().strip(),
                Text.orNull(form.description()),
                form.parentId(),
                Positioned.after(siblings(planId, form.parentId()))));
        content.created(change, AREA, area.id(), area.view());
        return area.view();
    }

    public PolicyAreaView updateArea(long planId, long areaId, AreaForm form, long expectedVersion, String reason) {
        PlanChange change = content.change(planId, reason);
        PolicyArea area = findArea(planId, areaId);
        StaleVersionException.check(expectedVersion, area.version());
        requireUniqueArea(planId, form.name(), areaId);
        requireParent(planId, area, form.parentId());
        PolicyAreaView before = area.view();
        if (!Objects.equals(form.parentId(), area.parentId())) {
            area.placeAt(Positioned.after(siblings(planId, form.parentId())));
        }
        area.apply(form);
        areas.saveAndFlush(area);
        content.updated(change, AREA, areaId, before, area.view());
        return area.view();
    }

    public void moveArea(long planId, long areaId, Direction direction, String reason) {
        PlanChange change = content.change(planId, reason);
        PolicyArea area = findArea(planId, areaId);
        PolicyAreaView before = area.view();
        if (Positioned.move(siblings(planId, area.parentId()), area, direction) != null) {
            areas.flush();
            content.updated(change, AREA, areaId, before, area.view());
        }
    }

    /** What still uses the area, which would make its deletion fail; empty when it can go. */
    @Transactional(readOnly = true)
    public List<String> areaHeldBy(long planId, long areaId) {
        content.read(planId);
        findArea(planId, areaId);
        List<String> holders = new ArrayList<>();
        areas.findByPlanIdOrderByPosition(planId).stream()
                .filter(a -> Objects.equals(a.parentId(), areaId))
                .forEach(a -> holders.add(a.name()));
        needs.findByAreaId(areaId).forEach(n -> holders.add(n.title()));
        objectives.findByAreaId(areaId).forEach(o -> holders.add(o.title()));
        holders.addAll(references.to(AREA, areaId));
        return holders;
    }

    public void deleteArea(long planId, long areaId, String reason) {
        PlanChange change = content.change(planId, reason);
        PolicyArea area = findArea(planId, areaId);
        List<String> holders = areaHeldBy(planId, areaId);
        if (!holders.isEmpty()) {
            throw RuleViolationException.conflict(null, "error.area.inUse", area.name(), String.join(", ", holders));
        }
        areas.delete(area);
        areas.flush();
        content.deleted(change, AREA, areaId, area.view());
    }

    @Transactional(readOnly = true)
    public List<TargetGroupView> targetGroups(long planId) {
        content.read(planId);
        return groups.findByPlanIdOrderByPosition(planId).stream()
                .map(TargetGroup::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public TargetGroupView targetGroup(long planId, long groupId) {
        content.read(planId);
        return findGroup(planId, groupId).view();
    }

    public TargetGroupView createTargetGroup(long planId, TargetGroupForm form, String reason) {
        PlanChange change = content.change(planId, reason);
        requireUniqueGroup(planId, form.name(), null);
        TargetGroup group = groups.saveAndFlush(new TargetGroup(
                planId,
                form.name().strip(),
                Text.orNull(form.description()),
                Positioned.after(groups.findByPlanIdOrderByPosition(planId))));
        content.created(change, TARGET_GROUP, group.id(), group.view());
        return group.view();
    }

    public TargetGroupView updateTargetGroup(
            long planId, long groupId, TargetGroupForm form, long expectedVersion, String reason) {
        PlanChange change = content.change(planId, reason);
        TargetGroup group = findGroup(planId, groupId);
        StaleVersionException.check(expectedVersion, group.version());
        requireUniqueGroup(planId, form.name(), groupId);
        TargetGroupView before = group.view();
        group.apply(form);
        groups.saveAndFlush(group);
        content.updated(change, TARGET_GROUP, groupId, before, group.view());
        return group.view();
    }

    public void moveTargetGroup(long planId, long groupId, Direction direction, String reason) {
        PlanChange change = content.change(planId, reason);
        TargetGroup group = findGroup(planId, groupId);
        TargetGroupView before = group.view();
        if (Positioned.move(groups.findByPlanIdOrderByPosition(planId), group, direction) != null) {
            groups.flush();
            content.updated(change, TARGET_GROUP, groupId, before, group.view());
        }
    }

    @Transactional(readOnly = true)
    public List<String> targetGroupHeldBy(long planId, long groupId) {
        content.read(planId);
        findGroup(planId, groupId);
        return interventions.findByTargetGroupId(groupId).stream()
                .map(Intervention::title)
                .toList();
    }

    public void deleteTargetGroup(long planId, long groupId, String reason) {
        PlanChange change = content.change(planId, reason);
        TargetGroup group = findGroup(planId, groupId);
        List<String> holders = targetGroupHeldBy(planId, groupId);
        if (!holders.isEmpty()) {
            throw RuleViolationException.conflict(
                    null, "error.targetGroup.inUse", group.name(), String.join(", ", holders));
        }
        groups.delete(group);
        groups.flush();
        content.deleted(change, TARGET_GROUP, groupId, group.view());
    }

    /** A new plan carries on the areas and target groups of the plan before it, or starts from ISTAT's. */
    @EventListener
    void prepare(PlanCreated created) {
        List<PolicyArea> previous = created.previousPlanId() == null
                ? List.of()
                : areas.findByPlanIdOrderByPosition(created.previousPlanId());
        if (previous.isEmpty()) {
            int position = 1;
            for (IstatArea area : IstatArea.values()) {
                areas.save(new PolicyArea(created.planId(), area.name(), area.defaultName(), null, null, position++));
            }
            position = 1;
            for (String group : IstatArea.TARGET_GROUPS) {
                groups.save(new TargetGroup(created.planId(), group, null, position++));
            }
            return;
        }
        Map<Long, Long> copies = new HashMap<>();
        // Groups first, so that their members can point at their copies.
        for (PolicyArea area : previous.stream()
                .sorted((a, b) -> Boolean.compare(a.parentId() != null, b.parentId() != null))
                .toList()) {
            PolicyArea copy = areas.save(new PolicyArea(
                    created.planId(),
                    area.code(),
                    area.name(),
                    area.description(),
                    area.parentId() == null ? null : copies.get(area.parentId()),
                    area.position()));
            copies.put(area.id(), copy.id());
        }
        for (TargetGroup group : groups.findByPlanIdOrderByPosition(created.previousPlanId())) {
            groups.save(new TargetGroup(created.planId(), group.name(), group.description(), group.position()));
        }
    }

    PolicyArea findArea(long planId, long areaId) {
        return areas.findByIdAndPlanId(areaId, planId)
                .orElseThrow(() -> new NotFoundException("error.area.notFound", areaId));
    }

    private TargetGroup findGroup(long planId, long groupId) {
        return groups.findByIdAndPlanId(groupId, planId)
                .orElseThrow(() -> new NotFoundException("error.targetGroup.notFound", groupId));
    }

    private List<PolicyArea> siblings(long planId, Long parentId) {
        return areas.findByPlanIdOrderByPosition(planId).stream()
                .filter(a -> Objects.equals(a.parentId(), parentId))
                .toList();
    }

    private void requireUniqueArea(long planId, String name, Long self) {
        areas.findByPlanIdAndNameIgnoreCase(planId, name.strip())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw RuleViolationException.conflict("name", "error.area.duplicate", other.name());
                });
    }

    private void requireUniqueGroup(long planId, String name, Long self) {
        groups.findByPlanIdAndNameIgnoreCase(planId, name.strip())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw RuleViolationException.conflict("name", "error.targetGroup.duplicate", other.name());
                });
    }

    /** Areas are grouped one level deep: a group sits at the top and holds areas that hold nothing. */
    private void requireParent(long planId, PolicyArea self, Long parentId) {
        if (parentId == null) {
            return;
        }
        PolicyArea parent = areas.findByIdAndPlanId(parentId, planId)
                .orElseThrow(() -> RuleViolationException.invalid("parentId", "error.area.parentNotFound"));
        if (self != null && parent.id().equals(self.id())) {
            throw RuleViolationException.invalid("parentId", "error.area.ownParent");
        }
        if (parent.parentId() != null) {
            throw RuleViolationException.invalid("parentId", "error.area.tooDeep", parent.name());
        }
        if (self != null && !siblings(planId, self.id()).isEmpty()) {
            throw RuleViolationException.invalid("parentId", "error.area.groupCannotNest", self.name());
        }
    }
}

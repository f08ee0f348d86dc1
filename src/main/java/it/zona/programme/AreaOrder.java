package it.zona.programme;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plan's areas in the order of their tree, each group before the areas it holds: the order in
 * which needs, objectives and interventions are listed and printed.
 */
final class AreaOrder {

    private final Map<Long, PolicyAreaView> byId = new HashMap<>();
    private final Map<Long, Integer> rank = new HashMap<>();
    private final List<AreaNode> tree;

    AreaOrder(List<PolicyArea> areas) {
        List<PolicyAreaView> all = areas.stream()
                .map(PolicyArea::view)
                .sorted(Comparator.comparingInt(PolicyAreaView::position))
                .toList();
        this.tree = all.stream()
                .filter(a -> a.parentId() == null)
                .map(top -> new AreaNode(
                        top,
                        all.stream()
                                .filter(a -> Objects.equals(a.parentId(), top.id()))
                                .toList()))
                .toList();
        for (AreaNode node : tree) {
            put(node.area());
            node.children().forEach(this::put);
        }
    }

    static AreaOrder of(PolicyAreas areas, long planId) {
        return new AreaOrder(areas.findByPlanIdOrderByPosition(planId));
    }

    private void put(PolicyAreaView area) {
        byId.put(area.id(), area);
        rank.put(area.id(), rank.size());
    }

    List<AreaNode> tree() {
        return tree;
    }

    List<PolicyAreaView> inOrder() {
        return byId.values().stream()
                .sorted(Comparator.comparingInt(this::rank))
                .toList();
    }

    PolicyAreaView view(long areaId) {
        return byId.get(areaId);
    }

    int rank(PolicyAreaView area) {
        return rank.getOrDefault(area.id(), Integer.MAX_VALUE);
    }
}

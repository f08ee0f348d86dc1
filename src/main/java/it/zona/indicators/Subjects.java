package it.zona.indicators;

import it.zona.programme.InterventionView;
import it.zona.programme.Named;
import it.zona.programme.ObjectiveView;
import it.zona.programme.PolicyAreaView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan's indicators may be of, read once per plan: its objectives and its interventions, each
 * with its area, so that a list of indicators names them without a query per row.
 */
final class Subjects {

    /** An objective or an intervention, with its area (and the area's parent, for the area filter). */
    record Subject(Named objective, Named intervention, Named area, Long areaParentId, int areaPosition) {

        boolean inArea(long areaId) {
            return area.id() == areaId || areaParentId != null && areaParentId == areaId;
        }
    }

    private final Map<Long, Subject> objectives = new HashMap<>();
    private final Map<Long, Subject> interventions = new HashMap<>();

    Subjects(List<ObjectiveView> objectives, List<InterventionView> interventions) {
        for (ObjectiveView o : objectives) {
            this.objectives.put(
                    o.id(),
                    new Subject(
                            new Named(o.id(), o.title()),
                            null,
                            area(o.area()),
                            o.area().parentId(),
                            o.area().position()));
        }
        for (InterventionView i : interventions) {
            this.interventions.put(
                    i.id(),
                    new Subject(
                            null,
                            new Named(i.id(), i.title()),
                            area(i.area()),
                            i.area().parentId(),
                            i.area().position()));
        }
    }

    private static Named area(PolicyAreaView area) {
        return new Named(area.id(), area.name());
    }

    Subject objective(Long id) {
        return id == null ? null : objectives.get(id);
    }

    Subject intervention(Long id) {
        return id == null ? null : interventions.get(id);
    }

    Subject of(Indicator indicator) {
        Subject subject = indicator.objectiveId() != null
                ? objective(indicator.objectiveId())
                : intervention(indicator.interventionId());
        if (subject == null) {
            throw new IllegalStateException("Indicator " + indicator.id() + " names no subject of its plan");
        }
        return subject;
    }
}

package it.zona.programme;

import it.zona.programme.AreaObjectives.GeneralObjective;
import java.util.List;
import java.util.Map;

/**
 * The plan's content area by area, as the plan document tells it: the needs heard, the objectives
 * set to answer them and the interventions under each objective.
 */
public record ProgrammeOutline(List<AreaOutline> areas, List<TargetGroupView> targetGroups) {

    public record AreaOutline(
            PolicyAreaView area,
            List<NeedView> needs,
            List<GeneralObjective> objectives,
            Map<Long, List<InterventionView>> interventionsByObjective) {

        public List<InterventionView> interventionsOf(long objectiveId) {
            return interventionsByObjective.getOrDefault(objectiveId, List.of());
        }

        public boolean isEmpty() {
            return needs.isEmpty() && objectives.isEmpty();
        }
    }

    public int interventionCount() {
        return areas.stream()
                .mapToInt(a -> a.interventionsByObjective().values().stream()
                        .mapToInt(List::size)
                        .sum())
                .sum();
    }
}

package it.zona.programme;

import java.util.List;

/** An area with its general objectives in priority order, each with its specific yearly objectives. */
public record AreaObjectives(PolicyAreaView area, List<GeneralObjective> objectives) {

    public record GeneralObjective(ObjectiveView objective, List<ObjectiveView> specifics) {}
}

package it.zona.programme;

/** What the list of interventions is narrowed to; any part may be null. */
public record InterventionFilter(
        String text, Long areaId, Integer year, InterventionType type, InterventionStatus status, Long targetGroupId) {

    public static InterventionFilter none() {
        return new InterventionFilter(null, null, null, null, null, null);
    }

    boolean accepts(InterventionView intervention) {
        return (text == null
                        || text.isBlank()
                        || intervention
                                .title()
                                .toLowerCase()
                                .contains(text.strip().toLowerCase()))
                && (areaId == null
                        || intervention.area().id() == areaId
                        || areaId.equals(intervention.area().parentId()))
                && (year == null || intervention.runsIn(year))
                && (type == null || intervention.type() == type)
                && (status == null || intervention.status() == status)
                && (targetGroupId == null
                        || (intervention.targetGroup() != null
                                && intervention.targetGroup().id() == targetGroupId));
    }
}

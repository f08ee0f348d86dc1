package it.zona.programme;

import it.zona.programme.InterventionView.CoveredMunicipality;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the views of a plan's interventions from lookups made once for the whole list. */
final class InterventionViews {

    private final AreaOrder areas;
    private final Map<Long, Objective> objectives;
    private final Map<Long, String> groups;
    private final Map<Long, String> organizations;
    private final Map<String, String> municipalities;

    InterventionViews(
            AreaOrder areas,
            List<Objective> objectives,
            List<TargetGroup> groups,
            Map<Long, String> organizations,
            Map<String, String> municipalities) {
        this.areas = areas;
        this.objectives = objectives.stream().collect(Collectors.toMap(Objective::id, Function.identity()));
        this.groups = groups.stream().collect(Collectors.toMap(TargetGroup::id, TargetGroup::name));
        this.organizations = organizations;
        this.municipalities = municipalities;
    }

    InterventionView of(Intervention i) {
        Objective objective = objectives.get(i.objectiveId());
        return new InterventionView(
                i.id(),
                i.planId(),
                i.title(),
                i.description(),
                i.type(),
                i.serviceCode(),
                i.firstYear(),
                i.lastYear(),
                i.status(),
                areas.view(objective.areaId()),
                new Named(objective.id(), objective.title()),
                i.targetGroupId() == null ? null : new Named(i.targetGroupId(), groups.get(i.targetGroupId())),
                named(i.leadOrganizationId()),
                i.partnerIds().stream()
                        .map(this::named)
                        .sorted(Comparator.comparing(Named::name, String.CASE_INSENSITIVE_ORDER))
                        .toList(),
                i.allMunicipalities(),
                i.municipalities().stream()
                        .sorted()
                        .map(code -> new CoveredMunicipality(code, municipalities.getOrDefault(code, code)))
                        .toList(),
                i.outputs(),
                i.version());
    }

    Comparator<InterventionView> byAreaThenTitle() {
        return Comparator.comparingInt((InterventionView i) -> areas.rank(i.area()))
                .thenComparing(InterventionView::title, String.CASE_INSENSITIVE_ORDER);
    }

    private Named named(Long organizationId) {
        return organizationId == null
                ? null
                : new Named(organizationId, organizations.getOrDefault(organizationId, "#" + organizationId));
    }
}

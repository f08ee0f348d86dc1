package it.zona.programme;

import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.UpdateFrequency;
import it.zona.plan.PlanRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the District's published plans set out to do, as open data: their areas, objectives and
 * interventions, read as their public pages read them, one plan at a time. A draft plan is in none.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeDatasets {

    @Bean
    OpenDataset planAreasDataset(PlanRegistry plans, AreaRegistry areas) {
        return new OpenDataset(
                "plan-areas",
                50,
                DataTheme.SOCI,
                UpdateFrequency.IRREG,
                List.of(
                        DatasetColumn.integer("id"),
                        DatasetColumn.integer("plan_id"),
                        DatasetColumn.integer("parent_id"),
                        DatasetColumn.text("code"),
                        DatasetColumn.text("name"),
                        DatasetColumn.text("description"),
                        DatasetColumn.integer("position")),
                (district, sink) -> plans.publishedIds(district.id())
                        .forEach(plan -> areas.areasInOrder(plan).stream()
                                .sorted(Comparator.comparingLong(PolicyAreaView::id))
                                .forEach(area -> sink.row(
                                        area.id(),
                                        area.planId(),
                                        area.parentId(),
                                        area.code(),
                                        area.name(),
                                        area.description(),
                                        (long) area.position()))));
    }

    @Bean
    OpenDataset objectivesDataset(PlanRegistry plans, ObjectiveRegistry objectives) {
        return new OpenDataset(
                "objectives",
                60,
                DataTheme.SOCI,
                UpdateFrequency.IRREG,
                List.of(
                        DatasetColumn.integer("id"),
                        DatasetColumn.integer("plan_id"),
                        DatasetColumn.integer("area_id"),
                        DatasetColumn.text("kind"),
                        DatasetColumn.integer("general_objective_id"),
                        DatasetColumn.integer("year"),
                        DatasetColumn.text("title"),
                        DatasetColumn.text("description"),
                        DatasetColumn.integer("position")),
                (district, sink) -> plans.publishedIds(district.id())
                        .forEach(plan -> objectives.list(plan).stream()
                                .sorted(Comparator.comparingLong(ObjectiveView::id))
                                .forEach(objective -> sink.row(
                                        objective.id(),
                                        objective.planId(),
                                        objective.area().id(),
                                        objective.kind().name(),
                                        objective.parent() == null
                                                ? null
                                                : objective.parent().id(),
                                        objective.year() == null
                                                ? null
                                                : objective.year().longValue(),
                                        objective.title(),
                                        objective.description(),
                                        (long) objective.position()))));
    }

    @Bean
    OpenDataset interventionsDataset(PlanRegistry plans, InterventionRegistry interventions) {
        return new OpenDataset(
                "interventions",
                70,
                DataTheme.SOCI,
                UpdateFrequency.IRREG,
                List.of(
                        DatasetColumn.integer("id"),
                        DatasetColumn.integer("plan_id"),
                        DatasetColumn.integer("area_id"),
                        DatasetColumn.integer("objective_id"),
                        DatasetColumn.text("title"),
                        DatasetColumn.text("description"),
                        DatasetColumn.text("type"),
                        DatasetColumn.text("service_code"),
                        DatasetColumn.text("target_group"),
                        DatasetColumn.integer("first_year"),
                        DatasetColumn.integer("last_year"),
                        DatasetColumn.text("status"),
                        DatasetColumn.integer("lead_organization_id"),
                        DatasetColumn.text("lead_organization"),
                        DatasetColumn.text("partners"),
                        DatasetColumn.bool("all_municipalities"),
                        DatasetColumn.text("municipalities")),
                (district, sink) -> plans.publishedIds(district.id())
                        .forEach(plan -> interventions.list(plan).stream()
                                .sorted(Comparator.comparingLong(InterventionView::id))
                                .forEach(intervention -> sink.row(
                                        intervention.id(),
                                        intervention.planId(),
                                        intervention.area().id(),
                                        intervention.objective().id(),
                                        intervention.title(),
                                        intervention.description(),
                                        intervention.type().name(),
                                        intervention.serviceCode(),
                                        intervention.targetGroup() == null
                                                ? null
                                                : intervention.targetGroup().name(),
                                        (long) intervention.firstYear(),
                                        (long) intervention.lastYear(),
                                        intervention.status().name(),
                                        intervention.leadOrganization() == null
                                                ? null
                                                : intervention
                                                        .leadOrganization()
                                                        .id(),
                                        intervention.leadOrganization() == null
                                                ? null
                                                : intervention
                                                        .leadOrganization()
                                                        .name(),
                                        list(intervention.partners().stream().map(Named::name)),
                                        intervention.allMunicipalities(),
                                        list(intervention.municipalities().stream()
                                                .map(InterventionView.CoveredMunicipality::istatCode))))));
    }

    /** Several values in one field, in a stable order: "; " between them, null for none. */
    static String list(java.util.stream.Stream<String> values) {
        String joined = values.sorted().collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    /** A dataset of the programme: its rows are written by {@code rows}. */
}

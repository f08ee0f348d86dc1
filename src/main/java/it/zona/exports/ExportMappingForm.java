package it.zona.exports;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A plan's whole mapping as the office sends it: a choice per line, a null choice (or a line left
 * out) leaving it unmapped. Each id must be a line of the plan, once.
 */
public record ExportMappingForm(
        List<@Valid AreaChoice> areas,
        List<@Valid SourceChoice> fundingSources,
        List<@Valid InterventionChoice> interventions,
        Long version) {

    @Schema(name = "ExportAreaChoice")
    public record AreaChoice(@NotNull Long id, SurveyArea surveyArea) {}

    @Schema(name = "ExportSourceChoice")
    public record SourceChoice(@NotNull Long id, NationalCategory category) {}

    @Schema(name = "ExportInterventionChoice")
    public record InterventionChoice(@NotNull Long id, SpendingType spendingType) {}

    List<AreaChoice> areasOrNone() {
        return areas == null ? List.of() : areas;
    }

    List<SourceChoice> sourcesOrNone() {
        return fundingSources == null ? List.of() : fundingSources;
    }

    List<InterventionChoice> interventionsOrNone() {
        return interventions == null ? List.of() : interventions;
    }
}

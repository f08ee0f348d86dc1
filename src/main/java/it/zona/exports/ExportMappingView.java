package it.zona.exports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plan's mapping to the national classifications, line by line: what each line is mapped to (null
 * while unmapped) and what Zona proposes for it. {@code complete} when every line is mapped; version
 * -1 while the office has never saved one.
 */
public record ExportMappingView(
        long planId,
        List<AreaMapping> areas,
        List<SourceMapping> fundingSources,
        List<InterventionMapping> interventions,
        boolean complete,
        long version) {

    /** A policy area of the plan, with the ISTAT code it was seeded with, if any. */
    @Schema(name = "ExportAreaMapping")
    public record AreaMapping(long id, String name, String code, SurveyArea surveyArea, SurveyArea proposed) {

        public boolean mapped() {
            return surveyArea != null;
        }
    }

    /** A funding source of the District the plan uses or may use, with its usual code, if any. */
    @Schema(name = "ExportSourceMapping")
    public record SourceMapping(
            long id, String name, String code, NationalCategory category, NationalCategory proposed) {

        public boolean mapped() {
            return category != null;
        }
    }

    /** An intervention of the plan, with its area and type. */
    @Schema(name = "ExportInterventionMapping")
    public record InterventionMapping(
            long id, String title, String area, String type, SpendingType spendingType, SpendingType proposed) {

        public boolean mapped() {
            return spendingType != null;
        }
    }

    /** The names of the unmapped lines: areas, then funding sources, then interventions. */
    public List<String> unmappedNames() {
        return Stream.of(
                        areas.stream().filter(a -> !a.mapped()).map(AreaMapping::name),
                        fundingSources.stream().filter(s -> !s.mapped()).map(SourceMapping::name),
                        interventions.stream().filter(i -> !i.mapped()).map(InterventionMapping::title))
                .flatMap(s -> s)
                .toList();
    }

    /** The mapping as a form: each line's choice, or the proposal where it has none yet. */
    public ExportMappingForm toForm() {
        return new ExportMappingForm(
                areas.stream()
                        .map(a -> new ExportMappingForm.AreaChoice(
                                a.id(), a.surveyArea() != null ? a.surveyArea() : a.proposed()))
                        .toList(),
                fundingSources.stream()
                        .map(s -> new ExportMappingForm.SourceChoice(
                                s.id(), s.category() != null ? s.category() : s.proposed()))
                        .toList(),
                interventions.stream()
                        .map(i -> new ExportMappingForm.InterventionChoice(
                                i.id(), i.spendingType() != null ? i.spendingType() : i.proposed()))
                        .toList(),
                version);
    }
}

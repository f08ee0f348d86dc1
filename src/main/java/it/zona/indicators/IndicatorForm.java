package it.zona.indicators;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator as a form or an API body gives it: of one objective or one intervention of the plan
 * (exactly one of the two ids), with its baseline (value and year together, or neither) and its
 * targets, one per year of the plan at most. A target without a value is no target: the page's form
 * has a row for every year of the plan and sends the empty ones too.
 */
public record IndicatorForm(
        Long objectiveId,
        Long interventionId,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        @NotNull IndicatorKind kind,
        @NotBlank @Size(max = 50) String unit,
        @NotNull Direction direction,

        @Digits(integer = 14, fraction = 2, message = "{error.indicator.tooPrecise}")
        BigDecimal baselineValue,

        @Min(1900) @Max(2100) Integer baselineYear,
        @Size(max = 300) String baselineSource,
        List<@Valid Target> targets,
        Long version) {

    /** The value expected in one year of the plan. */
    public record Target(
            @NotNull @Min(2000) @Max(2100) Integer year,

            @Digits(integer = 14, fraction = 2, message = "{error.indicator.tooPrecise}")
            BigDecimal value) {}

    public List<Target> targets() {
        return targets == null ? List.of() : targets;
    }

    /** The targets with a value. */
    List<Target> givenTargets() {
        return targets().stream().filter(t -> t != null && t.value() != null).toList();
    }

    /** An empty form with a row for each of the plan's years, for the subject given (if any). */
    static IndicatorForm empty(Long objectiveId, Long interventionId, List<Integer> years) {
        return new IndicatorForm(
                objectiveId,
                interventionId,
                "",
                "",
                IndicatorKind.OUTPUT,
                "",
                Direction.HIGHER_IS_BETTER,
                null,
                null,
                "",
                rows(List.of(), years),
                null);
    }

    /** A row for each of the plan's years, with the value of those given. */
    static List<Target> rows(List<Target> given, List<Integer> years) {
        List<Target> rows = new ArrayList<>();
        for (Integer year : years) {
            rows.add(new Target(
                    year,
                    given.stream()
                            .filter(t -> t != null && year.equals(t.year()))
                            .map(Target::value)
                            .findFirst()
                            .orElse(null)));
        }
        return rows;
    }
}

package it.zona.indicators;

import it.zona.plan.PlanContentCheck;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.ObjectiveRegistry;
import it.zona.shared.ReferenceCheck;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What indicators hold: an objective or an intervention stays while it has indicators; an indicator
 * stays while it has measurements (its history is never lost); a plan's period does not shrink
 * under its indicators' targets and measurements.
 */
@Component
class IndicatorReferences implements ReferenceCheck, PlanContentCheck {

    private final Indicators indicators;
    private final Measurements measurements;
    private final MessageSource messages;

    IndicatorReferences(Indicators indicators, Measurements measurements, MessageSource messages) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        return switch (entityType) {
            case ObjectiveRegistry.ENTITY ->
                indicators.findByObjectiveIdOrderById(id).stream()
                        .map(Indicator::name)
                        .toList();
            case InterventionRegistry.ENTITY ->
                indicators.findByInterventionIdOrderById(id).stream()
                        .map(Indicator::name)
                        .toList();
            case IndicatorRegistry.ENTITY -> {
                long count = measurements.countByIndicatorId(id);
                yield count == 0
                        ? List.of()
                        : List.of(messages.getMessage(
                                "indicator.measurementCount", new Object[] {count}, LocaleContextHolder.getLocale()));
            }
            default -> List.of();
        };
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> outside(long planId, int firstYear, int lastYear) {
        Set<String> names = new LinkedHashSet<>();
        indicators.findWithTargetsOutside(planId, firstYear, lastYear).forEach(i -> names.add(i.name()));
        List<Measurement> found = measurements.findOutside(planId, firstYear, lastYear);
        if (!found.isEmpty()) {
            Map<Long, String> byId =
                    indicators
                            .findAllById(
                                    found.stream().map(Measurement::indicatorId).collect(Collectors.toSet()))
                            .stream()
                            .collect(Collectors.toMap(Indicator::id, Indicator::name));
            found.forEach(m -> names.add(byId.get(m.indicatorId())));
        }
        return List.copyOf(names);
    }
}

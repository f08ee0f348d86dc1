package it.zona.exports;

import it.zona.budget.BudgetLineView;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.FacilityRegistry;
import it.zona.budget.FundingSourceRegistry;
import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.exports.ExportMappingView.AreaMapping;
import it.zona.exports.ExportMappingView.InterventionMapping;
import it.zona.exports.ExportMappingView.SourceMapping;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.programme.AreaRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.shared.EntityChanged;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mapping of a plan's lines to the national classifications: the District's viewers read it,
 * its editors change it, at any stage of the plan (it classifies the plan, it does not change it).
 * The lines are the plan's policy areas, its interventions, and the District's funding sources that
 * are active or that the plan's budget uses.
 */
@Service
@Transactional
public class ExportMappingRegistry {

    static final String ENTITY = "ExportMapping";

    /** A mapping never saved: the version a first change must state. */
    static final long NOT_SET = -1;

    private final ExportMappings mappings;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final AreaRegistry areas;
    private final InterventionRegistry interventions;
    private final FundingSourceRegistry sources;
    private final BudgetRegistry budget;
    private final FacilityRegistry facilities;
    private final ApplicationEventPublisher events;

    ExportMappingRegistry(
            ExportMappings mappings,
            PlanRegistry plans,
            DistrictRegistry districts,
            AreaRegistry areas,
            InterventionRegistry interventions,
            FundingSourceRegistry sources,
            BudgetRegistry budget,
            FacilityRegistry facilities,
            ApplicationEventPublisher events) {
        this.mappings = mappings;
        this.plans = plans;
        this.districts = districts;
        this.areas = areas;
        this.interventions = interventions;
        this.sources = sources;
        this.budget = budget;
        this.facilities = facilities;
        this.events = events;
    }

    /** The plan's mapping with a proposal for each line (the District's viewers). */
    @Transactional(readOnly = true)
    public ExportMappingView view(long planId) {
        authorize(planId, DistrictRole.VIEWER);
        return build(planId, mappings.findById(planId).orElse(null));
    }

    /** Whether the current user may change the plan's mapping (the District's editors). */
    @Transactional(readOnly = true)
    public boolean canEdit(long planId) {
        return authorize(planId, DistrictRole.VIEWER).canEdit();
    }

    /**
     * Replaces the plan's mapping (the District's editors): each choice must name a line of the
     * plan, once; a line without a choice stays unmapped.
     */
    public ExportMappingView save(long planId, ExportMappingForm form, long expectedVersion) {
        DistrictAccess district = authorize(planId, DistrictRole.EDITOR);
        ExportMapping mapping = mappings.findById(planId).orElse(null);
        StaleVersionException.check(expectedVersion, mapping == null ? NOT_SET : mapping.version());
        ExportMappingView before = mapping == null ? null : build(planId, mapping);
        ExportMappingView lines = before != null ? before : build(planId, null);
        Map<Long, SurveyArea> areaChoices = choices(
                "areas",
                form.areasOrNone(),
                ExportMappingForm.AreaChoice::id,
                ExportMappingForm.AreaChoice::surveyArea,
                ids(lines.areas(), AreaMapping::id));
        Map<Long, NationalCategory> sourceChoices = choices(
                "fundingSources",
                form.sourcesOrNone(),
                ExportMappingForm.SourceChoice::id,
                ExportMappingForm.SourceChoice::category,
                ids(lines.fundingSources(), SourceMapping::id));
        Map<Long, SpendingType> interventionChoices = choices(
                "interventions",
                form.interventionsOrNone(),
                ExportMappingForm.InterventionChoice::id,
                ExportMappingForm.InterventionChoice::spendingType,
                ids(lines.interventions(), InterventionMapping::id));
        if (mapping == null) {
            mapping = new ExportMapping(planId);
        }
        mapping.replace(areaChoices, sourceChoices, interventionChoices);
        mapping = mappings.saveAndFlush(mapping);
        ExportMappingView after = build(planId, mapping);
        events.publishEvent(
                before == null
                        ? EntityChanged.created(district.id(), ENTITY, planId, after)
                        : EntityChanged.updated(district.id(), ENTITY, planId, before, after));
        return after;
    }

    /** The plan's mapping, complete (the District's viewers); refused, naming each unmapped line, when it is not. */
    @Transactional(readOnly = true)
    ExportMappingView complete(long planId) {
        ExportMappingView view = view(planId);
        if (!view.complete()) {
            throw RuleViolationException.invalid(
                    null,
                    "error.exports.unmapped",
                    names(view.areas().stream().filter(a -> !a.mapped()).map(AreaMapping::name)),
                    names(view.fundingSources().stream()
                            .filter(s -> !s.mapped())
                            .map(SourceMapping::name)),
                    names(view.interventions().stream().filter(i -> !i.mapped()).map(InterventionMapping::title)));
        }
        return view;
    }

    private static String names(java.util.stream.Stream<String> names) {
        String joined = names.map(n -> "«" + n + "»").collect(Collectors.joining(", "));
        return joined.isEmpty() ? "–" : joined;
    }

    private DistrictAccess authorize(long planId, DistrictRole role) {
        PlanView plan = plans.readableView(planId);
        return districts.authorize(plan.districtSlug(), role);
    }

    private static <T> Set<Long> ids(List<T> lines, Function<T, Long> id) {
        return lines.stream().map(id).collect(Collectors.toSet());
    }

    /** The choices of one kind of line by id; an id not of the plan, or given twice, is refused on its field. */
    private static <C, V> Map<Long, V> choices(
            String field, List<C> choices, Function<C, Long> id, Function<C, V> value, Set<Long> lines) {
        Map<Long, V> chosen = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            C choice = choices.get(i);
            Long lineId = choice == null ? null : id.apply(choice);
            String at = field + "[" + i + "].id";
            if (lineId == null || !lines.contains(lineId)) {
                throw RuleViolationException.invalid(at, "error.exports.notALine", String.valueOf(lineId));
            }
            if (!seen.add(lineId)) {
                throw RuleViolationException.invalid(at, "error.exports.twice", String.valueOf(lineId));
            }
            V v = value.apply(choice);
            if (v != null) {
                chosen.put(lineId, v);
            }
        }
        return chosen;
    }

    private ExportMappingView build(long planId, ExportMapping mapping) {
        PlanView plan = plans.readableView(planId);
        Map<Long, SurveyArea> areaMap = mapping == null ? Map.of() : mapping.areas();
        Map<Long, NationalCategory> sourceMap = mapping == null ? Map.of() : mapping.sources();
        Map<Long, SpendingType> interventionMap = mapping == null ? Map.of() : mapping.interventions();

        Map<Long, SurveyArea> proposedAreas = new LinkedHashMap<>();
        List<AreaMapping> areaLines = areas.areasInOrder(planId).stream()
                .map(a -> {
                    SurveyArea proposed = MappingDefaults.area(a.code(), a.name());
                    if (proposed == null && a.parentId() != null) {
                        proposed = proposedAreas.get(a.parentId());
                    }
                    proposedAreas.put(a.id(), proposed);
                    return new AreaMapping(a.id(), a.name(), a.code(), areaMap.get(a.id()), proposed);
                })
                .toList();

        Set<Long> used = budget.list(planId, null, null, null).stream()
                .map(BudgetLineView::fundingSourceId)
                .collect(Collectors.toSet());
        List<SourceMapping> sourceLines = sources.list(plan.districtSlug()).stream()
                .filter(s -> s.active() || used.contains(s.id()))
                .map(s -> new SourceMapping(
                        s.id(), s.name(), s.code(), sourceMap.get(s.id()), MappingDefaults.source(s.code())))
                .toList();

        Set<Long> inFacilities = facilities.list(planId).stream()
                .filter(f -> f.intervention() != null)
                .map(f -> f.intervention().id())
                .collect(Collectors.toSet());
        List<InterventionMapping> interventionLines = interventions.list(planId).stream()
                .map(i -> interventionLine(i, interventionMap.get(i.id()), inFacilities.contains(i.id())))
                .toList();

        boolean complete = areaLines.stream().allMatch(AreaMapping::mapped)
                && sourceLines.stream().allMatch(SourceMapping::mapped)
                && interventionLines.stream().allMatch(InterventionMapping::mapped);
        return new ExportMappingView(
                planId,
                areaLines,
                sourceLines,
                interventionLines,
                complete,
                mapping == null ? NOT_SET : mapping.version());
    }

    private static InterventionMapping interventionLine(
            InterventionView intervention, SpendingType mapped, boolean runsAFacility) {
        String type = intervention.type() == null ? null : intervention.type().name();
        return new InterventionMapping(
                intervention.id(),
                intervention.title(),
                intervention.area().name(),
                type,
                mapped,
                MappingDefaults.intervention(type, runsAFacility));
    }
}

package it.zona.indicators;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanChange;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.ObjectiveRegistry;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.PlatformConfig;
import it.zona.shared.References;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of a plan's objectives and interventions and their measurements. Reading follows
 * the plan (public once approved, its District's staff before); who recorded a measurement is for
 * the staff only. An indicator is part of the plan: it is written under the plan's rules
 * ({@link PlanRegistry#authorizeChange}: editors before the mayors' approval, admins with a reason
 * after). Measurements are what the office observes while the plan runs: the District's editors
 * record them at any stage, and never change them: a correction is a new measurement.
 */
@Service
@Transactional
public class IndicatorRegistry {

    public static final String ENTITY = "Indicator";
    public static final String MEASUREMENT = "IndicatorMeasurement";
    static final int PAGE_SIZE = 20;

    private final Indicators indicators;
    private final Measurements measurements;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;
    private final References references;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndicatorRegistry(
            Indicators indicators,
            Measurements measurements,
            PlanRegistry plans,
            DistrictRegistry districts,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions,
            References references,
            Access access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.plans = plans;
        this.districts = districts;
        this.objectives = objectives;
        this.interventions = interventions;
        this.references = references;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The year a plan's lists speak of when none is asked: the latest year of the plan, up to this
     * one, with a measurement of any of its indicators; this year (within the plan's period) before
     * any.
     */
    @Transactional(readOnly = true)
    public int defaultYear(long planId) {
        return defaultYear(plans.readableView(planId));
    }

    int defaultYear(PlanView plan) {
        int now = LocalDate.now(clock.withZone(PlatformConfig.ZONE)).getYear();
        int upTo = Math.max(plan.firstYear(), Math.min(plan.lastYear(), now));
        Integer measured = measurements.latestYear(plan.id(), upTo);
        return measured != null && measured >= plan.firstYear() ? measured : upTo;
    }

    /** Every indicator of the plan, by area and name, with the status of each of its years. */
    @Transactional(readOnly = true)
    public List<IndicatorView> list(long planId) {
        return read(plans.readableView(planId)).views();
    }

    /** A page of the plan's indicators the filter accepts, its status filter read in {@code year}. */
    @Transactional(readOnly = true)
    PageView<IndicatorView> page(long planId, IndicatorFilter filter, Integer year, int page, int size) {
        PlanView plan = plans.readableView(planId);
        int shownYear = year(plan, year);
        Reading reading = read(plan);
        List<IndicatorView> matching = reading.views().stream()
                .filter(view -> filter.accepts(view, reading.subjects().of(reading.indicator(view.id())), shownYear))
                .toList();
        return PageView.slice(matching, page, size);
    }

    /**
     * How many of the plan's indicators stand in each status in the year, and those behind target,
     * computed from one read of the plan's indicators and measurements.
     */
    @Transactional(readOnly = true)
    public IndicatorStatuses statuses(long planId, int year) {
        PlanView plan = plans.readableView(planId);
        int shownYear = year(plan, year);
        List<IndicatorView> all = read(plan).views();
        Map<IndicatorStatus, Long> counts = new EnumMap<>(IndicatorStatus.class);
        for (IndicatorStatus status : IndicatorStatus.values()) {
            counts.put(status, 0L);
        }
        List<IndicatorView> behind = new ArrayList<>();
        for (IndicatorView view : all) {
            IndicatorStatus status = view.year(shownYear).status();
            counts.merge(status, 1L, Long::sum);
            if (status == IndicatorStatus.BEHIND) {
                behind.add(view);
            }
        }
        return new IndicatorStatuses(planId, shownYear, counts, behind);
    }

    @Transactional(readOnly = true)
    public IndicatorView get(long indicatorId) {
        Indicator indicator = find(indicatorId);
        PlanView plan = plans.readableView(indicator.planId());
        return view(plan, indicator);
    }

    /** The plan's indicators of each objective, for the objectives' page. */
    @Transactional(readOnly = true)
    Map<Long, List<IndicatorView>> byObjective(long planId) {
        Reading reading = read(plans.readableView(planId));
        Map<Long, List<IndicatorView>> grouped = new HashMap<>();
        for (IndicatorView view : reading.views()) {
            if (view.objective() != null) {
                grouped.computeIfAbsent(view.objective().id(), id -> new ArrayList<>())
                        .add(view);
            }
        }
        return grouped;
    }

    /** The intervention's indicators, for its page. */
    @Transactional(readOnly = true)
    List<IndicatorView> ofIntervention(long planId, long interventionId) {
        PlanView plan = plans.readableView(planId);
        List<Indicator> found = indicators.findByInterventionIdOrderById(interventionId);
        if (found.isEmpty()) {
            return List.of();
        }
        return views(plan, found);
    }

    /** The indicator's measurements, newest first; who recorded each only for the District's staff. */
    @Transactional(readOnly = true)
    public List<MeasurementView> history(long indicatorId) {
        Indicator indicator = find(indicatorId);
        plans.readableView(indicator.planId());
        boolean staff = plans.permissions(indicator.planId()).staff();
        List<Measurement> all = measurements.findByIndicatorIdOrderById(indicatorId);
        Map<Long, Long> correctedBy = correctedBy(all);
        List<MeasurementView> views = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            views.add(view(all.get(i), correctedBy, staff));
        }
        return views;
    }

    /** Whether the current user may record measurements of the plan's indicators: its District's editors. */
    @Transactional(readOnly = true)
    boolean mayRecord(long planId) {
        PlanView plan = plans.readableView(planId);
        return access.roleIn(districts.ref(plan.districtSlug()).id())
                .map(role -> role.includes(DistrictRole.EDITOR))
                .orElse(false);
    }

    public IndicatorView create(long planId, IndicatorForm form, String reason) {
        PlanChange change = plans.authorizeChange(planId, reason);
        PlanView plan = plans.readableView(planId);
        check(plan, form);
        Indicator indicator = new Indicator(planId);
        indicator.apply(form);
        indicators.saveAndFlush(indicator);
        IndicatorView view = view(plan, indicator);
        events.publishEvent(change.record(EntityChanged.created(change.districtId(), ENTITY, indicator.id(), view)));
        return view;
    }

    public IndicatorView update(long indicatorId, IndicatorForm form, long expectedVersion, String reason) {
        Indicator indicator = find(indicatorId);
        PlanChange change = plans.authorizeChange(indicator.planId(), reason);
        StaleVersionException.check(expectedVersion, indicator.version());
        PlanView plan = plans.readableView(indicator.planId());
        check(plan, form);
        IndicatorView before = view(plan, indicator);
        indicator.apply(form);
        indicators.saveAndFlush(indicator);
        IndicatorView after = view(plan, indicator);
        events.publishEvent(
                change.record(EntityChanged.updated(change.districtId(), ENTITY, indicatorId, before, after)));
        return after;
    }

    /** What still holds the indicator (its measurements first); empty when it may be deleted. */
    @Transactional(readOnly = true)
    List<String> heldBy(long indicatorId) {
        find(indicatorId);
        return references.to(ENTITY, indicatorId);
    }

    /** Refused (409) while the indicator has measurements: its history is never lost. */
    public void delete(long indicatorId, String reason) {
        Indicator indicator = find(indicatorId);
        PlanChange change = plans.authorizeChange(indicator.planId(), reason);
        references.requireNone(ENTITY, indicatorId, "error.indicator.inUse", indicator.name());
        IndicatorView before = view(plans.readableView(indicator.planId()), indicator);
        indicators.delete(indicator);
        indicators.flush();
        events.publishEvent(change.record(EntityChanged.deleted(change.districtId(), ENTITY, indicatorId, before)));
    }

    /**
     * Records a measurement, by the District's editors. One that {@code corrects} another replaces it
     * in the status from then on; the corrected one stays in the history, and is corrected once.
     */
    public MeasurementView record(long indicatorId, MeasurementForm form) {
        Indicator indicator = find(indicatorId);
        PlanView plan = plans.readableView(indicator.planId());
        DistrictAccess district = districts.authorize(plan.districtSlug(), DistrictRole.EDITOR);
        check(plan, indicator, form);
        Measurement measurement =
                new Measurement(indicatorId, form, access.username().orElse("system"), clock.instant());
        try {
            measurements.saveAndFlush(measurement);
        } catch (DataIntegrityViolationException raced) {
            // Two corrections of the same measurement at once: the unique correction wins.
            throw RuleViolationException.conflict("corrects", "error.measurement.alreadyCorrected", form.corrects());
        }
        MeasurementView view = view(measurement, Map.of(), true);
        events.publishEvent(EntityChanged.created(district.id(), MEASUREMENT, measurement.id(), view));
        return view;
    }

    private void check(PlanView plan, IndicatorForm form) {
        if (form.objectiveId() == null && form.interventionId() == null) {
            throw RuleViolationException.invalid("objectiveId", "error.indicator.subjectRequired");
        }
        if (form.objectiveId() != null && form.interventionId() != null) {
            throw RuleViolationException.invalid("interventionId", "error.indicator.oneSubject");
        }
        Subjects subjects = subjects(plan.id());
        if (form.objectiveId() != null && subjects.objective(form.objectiveId()) == null) {
            throw RuleViolationException.invalid("objectiveId", "error.indicator.objectiveNotInPlan");
        }
        if (form.interventionId() != null && subjects.intervention(form.interventionId()) == null) {
            throw RuleViolationException.invalid("interventionId", "error.indicator.interventionNotInPlan");
        }
        if ((form.baselineValue() == null) != (form.baselineYear() == null)) {
            throw RuleViolationException.invalid(
                    form.baselineValue() == null ? "baselineValue" : "baselineYear",
                    "error.indicator.baselineIncomplete");
        }
        if (form.baselineYear() != null && form.baselineYear() > plan.lastYear()) {
            throw RuleViolationException.invalid(
                    "baselineYear", "error.indicator.baselineAfterPlan", String.valueOf(plan.lastYear()));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < form.targets().size(); i++) {
            IndicatorForm.Target target = form.targets().get(i);
            if (target == null || target.value() == null) {
                continue;
            }
            if (target.year() < plan.firstYear() || target.year() > plan.lastYear()) {
                throw RuleViolationException.invalid(
                        "targets[" + i + "].year",
                        "error.indicator.targetOutside",
                        String.valueOf(target.year()),
                        plan.period());
            }
            if (!seen.add(target.year())) {
                throw RuleViolationException.invalid(
                        "targets[" + i + "].year", "error.indicator.targetTwice", String.valueOf(target.year()));
            }
        }
    }

    private void check(PlanView plan, Indicator indicator, MeasurementForm form) {
        int year = form.year();
        if (year < plan.firstYear() || year > plan.lastYear()) {
            throw RuleViolationException.invalid(
                    "year", "error.measurement.yearOutside", String.valueOf(year), plan.period());
        }
        if ((form.periodFrom() == null) != (form.periodTo() == null)) {
            throw RuleViolationException.invalid(
                    form.periodFrom() == null ? "periodFrom" : "periodTo", "error.measurement.periodIncomplete");
        }
        if (form.periodFrom() != null && form.referenceDate() != null) {
            throw RuleViolationException.invalid("referenceDate", "error.measurement.dateAndPeriod");
        }
        for (Map.Entry<String, LocalDate> day : dates(form).entrySet()) {
            if (day.getValue().getYear() != year) {
                throw RuleViolationException.invalid(
                        day.getKey(), "error.measurement.outsideYear", String.valueOf(year));
            }
        }
        if (form.periodFrom() != null && form.periodTo().isBefore(form.periodFrom())) {
            throw RuleViolationException.invalid("periodTo", "error.measurement.periodOrder");
        }
        if (form.corrects() != null) {
            Measurement corrected = measurements
                    .findById(form.corrects())
                    .filter(m -> m.indicatorId() == indicator.id())
                    .orElseThrow(() -> RuleViolationException.invalid(
                            "corrects", "error.measurement.noSuchMeasurement", form.corrects()));
            if (measurements.existsByCorrectsId(corrected.id())) {
                throw RuleViolationException.conflict(
                        "corrects", "error.measurement.alreadyCorrected", form.corrects());
            }
            if (form.note() == null || form.note().isBlank()) {
                throw RuleViolationException.invalid("note", "error.measurement.correctionNote");
            }
        }
    }

    private static Map<String, LocalDate> dates(MeasurementForm form) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        if (form.periodFrom() != null) {
            dates.put("periodFrom", form.periodFrom());
        }
        if (form.periodTo() != null) {
            dates.put("periodTo", form.periodTo());
        }
        if (form.referenceDate() != null) {
            dates.put("referenceDate", form.referenceDate());
        }
        return dates;
    }

    private Indicator find(long indicatorId) {
        return indicators
                .findById(indicatorId)
                .orElseThrow(() -> new NotFoundException("error.indicator.notFound", indicatorId));
    }

    private int year(PlanView plan, Integer asked) {
        if (asked == null) {
            return defaultYear(plan);
        }
        if (asked < plan.firstYear() || asked > plan.lastYear()) {
            throw RuleViolationException.invalid(
                    "year", "error.indicator.yearOutside", String.valueOf(asked), plan.period());
        }
        return asked;
    }

    private Subjects subjects(long planId) {
        return new Subjects(objectives.list(planId), interventions.list(planId));
    }

    /** The plan's indicators, their measurements and subjects, read once; the views built from them. */
    private Reading read(PlanView plan) {
        List<Indicator> all = indicators.findWithTargets(plan.id());
        Subjects subjects = all.isEmpty() ? new Subjects(List.of(), List.of()) : subjects(plan.id());
        List<Measurement> taken = all.isEmpty() ? List.of() : measurements.findByPlan(plan.id());
        List<IndicatorView> views = views(plan, all, taken, subjects);
        Map<Long, Indicator> byId = all.stream().collect(Collectors.toMap(Indicator::id, i -> i));
        return new Reading(views, subjects, byId);
    }

    private record Reading(List<IndicatorView> views, Subjects subjects, Map<Long, Indicator> byId) {
        Indicator indicator(long id) {
            return byId.get(id);
        }
    }

    private IndicatorView view(PlanView plan, Indicator indicator) {
        return views(plan, List.of(indicator)).get(0);
    }

    private List<IndicatorView> views(PlanView plan, List<Indicator> some) {
        List<Measurement> taken = measurements.findByIndicatorIdInOrderById(
                some.stream().map(Indicator::id).toList());
        return views(plan, some, taken, subjects(plan.id()));
    }

    private List<IndicatorView> views(PlanView plan, List<Indicator> some, List<Measurement> taken, Subjects subjects) {
        Map<Long, Long> correctedBy = correctedBy(taken);
        Map<Long, List<Measurement>> byIndicator =
                taken.stream().collect(Collectors.groupingBy(Measurement::indicatorId));
        record Shown(IndicatorView view, int areaPosition) {}
        Comparator<Shown> order = Comparator.comparingInt(Shown::areaPosition)
                .thenComparing(s -> s.view().area().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.view().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(s -> s.view().id());
        return some.stream()
                .map(indicator -> {
                    Subjects.Subject subject = subjects.of(indicator);
                    return new Shown(
                            view(
                                    plan,
                                    indicator,
                                    subject,
                                    byIndicator.getOrDefault(indicator.id(), List.of()),
                                    correctedBy),
                            subject.areaPosition());
                })
                .sorted(order)
                .map(Shown::view)
                .toList();
    }

    private static IndicatorView view(
            PlanView plan,
            Indicator indicator,
            Subjects.Subject subject,
            List<Measurement> taken,
            Map<Long, Long> correctedBy) {
        List<IndicatorView.YearStatus> years = new ArrayList<>();
        for (int year : plan.years()) {
            List<StatusRule.Reading> readings = taken.stream()
                    .filter(m -> m.year() == year)
                    .map(m -> new StatusRule.Reading(m.id(), m.day(), m.value(), correctedBy.containsKey(m.id())))
                    .toList();
            StatusRule.Standing standing = StatusRule.evaluate(
                    indicator.direction(), indicator.baselineValue(), indicator.target(year), year, readings);
            years.add(new IndicatorView.YearStatus(
                    year, standing.target(), standing.value(), standing.day(), standing.status()));
        }
        BigDecimal baseline = indicator.baselineValue();
        return new IndicatorView(
                indicator.id(),
                indicator.planId(),
                subject.objective(),
                subject.intervention(),
                subject.area(),
                indicator.name(),
                indicator.description(),
                indicator.kind(),
                indicator.unit(),
                indicator.direction(),
                baseline == null
                        ? null
                        : new IndicatorView.Baseline(baseline, indicator.baselineYear(), indicator.baselineSource()),
                indicator.targets().stream()
                        .map(t -> new IndicatorForm.Target(t.year(), t.value()))
                        .toList(),
                years,
                taken.size(),
                indicator.version());
    }

    /** Corrected measurement id → the id of the measurement that corrects it. */
    private static Map<Long, Long> correctedBy(List<Measurement> taken) {
        Map<Long, Long> corrected = new HashMap<>();
        taken.stream().filter(m -> m.correctsId() != null).forEach(m -> corrected.put(m.correctsId(), m.id()));
        return corrected;
    }

    private static MeasurementView view(Measurement m, Map<Long, Long> correctedBy, boolean staff) {
        return new MeasurementView(
                m.id(),
                m.indicatorId(),
                m.year(),
                m.periodFrom(),
                m.periodTo(),
                m.referenceDate(),
                m.value(),
                m.source(),
                m.note(),
                m.correctsId(),
                correctedBy.get(m.id()),
                staff ? m.recordedBy() : null,
                m.recordedAt());
    }
}

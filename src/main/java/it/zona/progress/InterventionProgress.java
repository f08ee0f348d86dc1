package it.zona.progress;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.programme.ParticipationTrace;
import it.zona.programme.ParticipationTrace.ProgressReport;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of the plan's interventions. Reading follows the plan (public once approved); who
 * wrote an entry is for the District's staff. The District's editors write the timeline at any stage
 * of the plan, as they record what happens; an entry is not changed, but may be removed, which the
 * audit log keeps.
 */
@Service
@Transactional
public class InterventionProgress {

    public static final String ENTITY = "ProgressEntry";

    private final ProgressEntries entries;
    private final InterventionRegistry interventions;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final Access access;
    private final ObjectProvider<ParticipationTrace> tables;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InterventionProgress(
            ProgressEntries entries,
            InterventionRegistry interventions,
            PlanRegistry plans,
            DistrictRegistry districts,
            Access access,
            ObjectProvider<ParticipationTrace> tables,
            ApplicationEventPublisher events,
            Clock clock) {
        this.entries = entries;
        this.interventions = interventions;
        this.plans = plans;
        this.districts = districts;
        this.access = access;
        this.tables = tables;
        this.events = events;
        this.clock = clock;
    }

    /** The intervention's status, percentage and whole story, newest first. */
    @Transactional(readOnly = true)
    public ProgressView of(long interventionId) {
        InterventionView intervention = interventions.get(interventionId);
        return view(intervention, plans.permissions(intervention.planId()).staff());
    }

    /** Where an intervention's timeline stands: the day of its latest entry (null: none), and whether it is completed. */
    public record Latest(LocalDate lastEntry, boolean completed) {}

    /**
     * The latest entry of each of the plan's interventions that has one, for the alerts on
     * interventions left without news: one read of the plan's entries, whatever their number.
     */
    @Transactional(readOnly = true)
    public Map<Long, Latest> latest(long planId) {
        List<Long> ids =
                interventions.list(planId).stream().map(InterventionView::id).toList();
        Map<Long, Latest> latest = new HashMap<>();
        for (ProgressEntry entry : entries.findByInterventionIdInOrderByDateAscIdAsc(ids)) {
            // In date order, each entry is the latest so far; a status set earlier stays until one changes it.
            Latest before = latest.get(entry.interventionId());
            boolean completed = entry.status() != null
                    ? entry.status() == ImplementationStatus.COMPLETED
                    : before != null && before.completed();
            latest.put(entry.interventionId(), new Latest(entry.date(), completed));
        }
        return latest;
    }

    /** Whether the current user may write the timeline of the plan's interventions: its District's editors. */
    @Transactional(readOnly = true)
    boolean mayWrite(long planId) {
        PlanView plan = plans.readableView(planId);
        return access.roleIn(districts.ref(plan.districtSlug()).id())
                .map(role -> role.includes(DistrictRole.EDITOR))
                .orElse(false);
    }

    public ProgressView.Item add(long interventionId, ProgressEntryForm form) {
        InterventionView intervention = interventions.get(interventionId);
        DistrictAccess district = writable(intervention);
        ProgressEntryForm checked = check(form);
        ProgressEntry entry = entries.saveAndFlush(
                new ProgressEntry(interventionId, checked, access.username().orElse("system"), clock.instant()));
        ProgressView.Item item = item(entry, true);
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, entry.id(), item));
        return item;
    }

    public void remove(long interventionId, long entryId) {
        InterventionView intervention = interventions.get(interventionId);
        DistrictAccess district = writable(intervention);
        ProgressEntry entry = entries.findByIdAndInterventionId(entryId, interventionId)
                .orElseThrow(() -> new NotFoundException("error.interventionProgress.notFound", entryId));
        ProgressView.Item before = item(entry, true);
        entries.delete(entry);
        entries.flush();
        events.publishEvent(EntityChanged.deleted(district.id(), ENTITY, entryId, before));
    }

    /** One entry, for the page that confirms its removal. */
    @Transactional(readOnly = true)
    ProgressView.Item entry(long interventionId, long entryId) {
        InterventionView intervention = interventions.get(interventionId);
        writable(intervention);
        return item(
                entries.findByIdAndInterventionId(entryId, interventionId)
                        .orElseThrow(() -> new NotFoundException("error.interventionProgress.notFound", entryId)),
                true);
    }

    private DistrictAccess writable(InterventionView intervention) {
        return districts.authorize(plans.readableView(intervention.planId()).districtSlug(), DistrictRole.EDITOR);
    }

    /** A day no later than today; a completed intervention at 100%, one not started at 0%. */
    private ProgressEntryForm check(ProgressEntryForm form) {
        if (form.date().isAfter(LocalDate.now(clock.withZone(PlatformConfig.ZONE)))) {
            throw RuleViolationException.invalid("date", "error.interventionProgress.future");
        }
        if (form.status() == ImplementationStatus.COMPLETED && form.percent() != null && form.percent() != 100) {
            throw RuleViolationException.invalid("percent", "error.interventionProgress.completedPercent");
        }
        if (form.status() == ImplementationStatus.NOT_STARTED && form.percent() != null && form.percent() != 0) {
            throw RuleViolationException.invalid("percent", "error.interventionProgress.notStartedPercent");
        }
        if (form.status() == ImplementationStatus.COMPLETED && form.percent() == null) {
            return new ProgressEntryForm(form.date(), form.text(), form.status(), 100);
        }
        return form;
    }

    private ProgressView view(InterventionView intervention, boolean staff) {
        List<ProgressEntry> written = entries.findByInterventionIdOrderByDateAscIdAsc(intervention.id());
        ProgressState state = ProgressState.of(written.stream()
                .map(e -> new ProgressState.Step(e.id(), e.date(), e.status(), e.percent()))
                .toList());
        List<ProgressView.Item> timeline = new ArrayList<>();
        written.forEach(entry -> timeline.add(item(entry, staff)));
        ParticipationTrace trace = tables.getIfAvailable();
        List<ProgressReport> heard = trace == null ? List.of() : trace.progress(intervention.id());
        for (ProgressReport report : heard) {
            timeline.add(new ProgressView.Item(
                    ProgressView.Source.TABLE,
                    report.date(),
                    report.remarks(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    report.status(),
                    report.tableName(),
                    report.path()));
        }
        // Newest first; on the same day the office's entries, in the order written, after the tables'.
        timeline.sort(Comparator.comparing(ProgressView.Item::date)
                .thenComparing(item -> item.source() == ProgressView.Source.OFFICE ? 1 : 0)
                .thenComparing(item -> item.entryId() == null ? 0L : item.entryId())
                .reversed());
        return new ProgressView(intervention.id(), state.status(), state.since(), state.percent(), timeline);
    }

    private static ProgressView.Item item(ProgressEntry entry, boolean staff) {
        return new ProgressView.Item(
                ProgressView.Source.OFFICE,
                entry.date(),
                entry.body(),
                entry.id(),
                entry.status(),
                entry.percent(),
                staff ? entry.recordedBy() : null,
                entry.recordedAt(),
                null,
                null,
                null);
    }
}

package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.space.ParticipationAccess;
import it.zona.programme.HeardAt;
import it.zona.programme.Named;
import it.zona.programme.NeedForm;
import it.zona.programme.NeedRegistry;
import it.zona.programme.NeedView;
import it.zona.programme.Priority;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs heard at a meeting (bisogni emersi). Everyone reads them; the District's editors record
 * them and take them into the plan's needs analysis, where the need remembers the meeting it came from.
 */
@Service
@Transactional
public class HeardNeedRegistry {

    public static final String ENTITY = "HeardNeed";

    private final HeardNeeds heardNeeds;
    private final MeetingInput input;
    private final NeedRegistry needs;
    private final ParticipationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeardNeedRegistry(
            HeardNeeds heardNeeds,
            MeetingInput input,
            NeedRegistry needs,
            ParticipationAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.heardNeeds = heardNeeds;
        this.input = input;
        this.needs = needs;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<HeardNeedView> forMeeting(long meetingId) {
        MeetingFacts meeting = input.meeting(meetingId);
        return views(meeting.districtId(), meeting.planId(), heardNeeds.findByMeetingIdOrderById(meetingId));
    }

    @Transactional(readOnly = true)
    public HeardNeedView get(long meetingId, long heardNeedId) {
        return view(find(meetingId, heardNeedId));
    }

    public HeardNeedView record(long meetingId, HeardNeedForm form) {
        MeetingFacts meeting = input.meeting(meetingId);
        access.requireManage(meeting.districtId());
        check(meeting, form);
        HeardNeed heard = heardNeeds.saveAndFlush(new HeardNeed(meeting, form, access.actor(), clock.instant()));
        HeardNeedView view = view(heard);
        events.publishEvent(EntityChanged.created(meeting.districtId(), ENTITY, heard.id(), view));
        return view;
    }

    public HeardNeedView update(long meetingId, long heardNeedId, HeardNeedForm form, long expectedVersion) {
        HeardNeed heard = find(meetingId, heardNeedId);
        access.requireManage(heard.districtId());
        StaleVersionException.check(expectedVersion, heard.version());
        requireNotInPlan(heard);
        check(input.meeting(meetingId), form);
        HeardNeedView before = view(heard);
        heard.apply(form);
        heardNeeds.saveAndFlush(heard);
        HeardNeedView after = view(heard);
        events.publishEvent(EntityChanged.updated(heard.districtId(), ENTITY, heardNeedId, before, after));
        return after;
    }

    /** Only a need not yet in the plan is deleted: the plan's need keeps its origin. */
    public void delete(long meetingId, long heardNeedId) {
        HeardNeed heard = find(meetingId, heardNeedId);
        access.requireManage(heard.districtId());
        requireNotInPlan(heard);
        HeardNeedView before = view(heard);
        heardNeeds.delete(heard);
        heardNeeds.flush();
        events.publishEvent(EntityChanged.deleted(heard.districtId(), ENTITY, heardNeedId, before));
    }

    /**
     * Takes the need into the plan's needs analysis, heard at the table's meeting, in the same
     * transaction: if the plan refuses it (a reason missing after approval), nothing changes here.
     */
    public HeardNeedView takeIntoPlan(long meetingId, long heardNeedId, Priority priority, String reason) {
        HeardNeed heard = find(meetingId, heardNeedId);
        access.requireManage(heard.districtId());
        requireNotInPlan(heard);
        MeetingFacts meeting = input.meeting(meetingId);
        HeardNeedView before = view(heard);
        NeedView need = needs.create(
                heard.planId(),
                new NeedForm(
                        heard.areaId(),
                        heard.title(),
                        heard.description(),
                        HeardAt.THEMATIC_TABLE,
                        input.heardWhere(meeting),
                        Objects.requireNonNullElse(priority, Priority.MEDIUM),
                        List.of(),
                        null),
                reason);
        heard.takenInto(need.id());
        heardNeeds.saveAndFlush(heard);
        HeardNeedView after = view(heard);
        events.publishEvent(EntityChanged.updated(heard.districtId(), ENTITY, heardNeedId, before, after));
        return after;
    }

    private void check(MeetingFacts meeting, HeardNeedForm form) {
        input.requireArea(meeting, form.areaId(), "areaId");
        if (form.organizationId() != null) {
            input.requireOrganization(meeting, form.organizationId(), "organizationId");
        }
    }

    private static void requireNotInPlan(HeardNeed heard) {
        if (heard.inPlan()) {
            throw RuleViolationException.conflict(null, "error.heardNeed.inPlan", heard.title());
        }
    }

    private HeardNeed find(long meetingId, long heardNeedId) {
        return heardNeeds
                .findById(heardNeedId)
                .filter(h -> h.meetingId() == meetingId)
                .orElseThrow(() -> new NotFoundException("error.heardNeed.notFound", heardNeedId));
    }

    private HeardNeedView view(HeardNeed heard) {
        return views(heard.districtId(), heard.planId(), List.of(heard)).get(0);
    }

    List<HeardNeedView> views(long districtId, long planId, List<HeardNeed> found) {
        Map<Long, String> areas = input.areaNames(planId);
        Map<Long, String> names = input.names(
                districtId,
                found.stream()
                        .map(HeardNeed::organizationId)
                        .filter(Objects::nonNull)
                        .toList());
        return found.stream()
                .map(h -> new HeardNeedView(
                        h.id(),
                        h.meetingId(),
                        h.planId(),
                        new Named(h.areaId(), areas.get(h.areaId())),
                        h.organizationId() == null
                                ? null
                                : new Named(h.organizationId(), names.get(h.organizationId())),
                        h.title(),
                        h.description(),
                        h.needId(),
                        h.version()))
                .toList();
    }
}

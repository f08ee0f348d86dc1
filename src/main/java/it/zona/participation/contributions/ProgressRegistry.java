package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.meetings.MeetingStatus;
import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.tables.TableNames;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.programme.Named;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring in itinere at the tables: at a held meeting, the table notes how each intervention of
 * its areas is going (a plenary meeting, any intervention of the plan). One note per intervention
 * per meeting; everyone reads them, on the meeting's page and the intervention's.
 */
@Service
@Transactional
public class ProgressRegistry {

    public static final String ENTITY = "ProgressNote";

    private final ProgressNotes notes;
    private final MeetingInput input;
    private final InterventionRegistry interventions;
    private final ParticipationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressRegistry(
            ProgressNotes notes,
            MeetingInput input,
            InterventionRegistry interventions,
            ParticipationAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notes = notes;
        this.input = input;
        this.interventions = interventions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProgressNoteView> forMeeting(long meetingId) {
        MeetingFacts meeting = input.meeting(meetingId);
        return notes.findByMeetingIdOrderById(meetingId).stream()
                .map(n -> view(meeting, n))
                .toList();
    }

    @Transactional(readOnly = true)
    public ProgressNoteView get(long meetingId, long noteId) {
        return view(input.meeting(meetingId), find(meetingId, noteId));
    }

    public ProgressNoteView record(long meetingId, ProgressNoteForm form) {
        MeetingFacts meeting = input.meeting(meetingId);
        access.requireManage(meeting.districtId());
        requireHeld(meeting);
        InterventionView intervention = intervention(meeting, form.interventionId());
        if (notes.existsByMeetingIdAndInterventionId(meetingId, intervention.id())) {
            throw RuleViolationException.conflict("interventionId", "error.progress.twice", intervention.title());
        }
        ProgressNote note = notes.saveAndFlush(
                new ProgressNote(meeting, form, intervention.title(), access.actor(), clock.instant()));
        ProgressNoteView view = view(meeting, note);
        events.publishEvent(EntityChanged.created(meeting.districtId(), ENTITY, note.id(), view));
        return view;
    }

    /** Changes the status and remarks; the intervention a note is about stays. */
    public ProgressNoteView update(long meetingId, long noteId, ProgressNoteForm form, long expectedVersion) {
        MeetingFacts meeting = input.meeting(meetingId);
        ProgressNote note = find(meetingId, noteId);
        access.requireManage(meeting.districtId());
        StaleVersionException.check(expectedVersion, note.version());
        if (form.interventionId() != note.interventionId()) {
            throw RuleViolationException.invalid("interventionId", "error.progress.interventionFixed");
        }
        ProgressNoteView before = view(meeting, note);
        note.apply(form);
        notes.saveAndFlush(note);
        ProgressNoteView after = view(meeting, note);
        events.publishEvent(EntityChanged.updated(meeting.districtId(), ENTITY, noteId, before, after));
        return after;
    }

    public void delete(long meetingId, long noteId) {
        MeetingFacts meeting = input.meeting(meetingId);
        ProgressNote note = find(meetingId, noteId);
        access.requireManage(meeting.districtId());
        ProgressNoteView before = view(meeting, note);
        notes.delete(note);
        notes.flush();
        events.publishEvent(EntityChanged.deleted(meeting.districtId(), ENTITY, noteId, before));
    }

    /** The interventions the meeting may review: of its table's areas, or all the plan's for a plenary. */
    @Transactional(readOnly = true)
    public List<Named> choices(long meetingId) {
        MeetingFacts meeting = input.meeting(meetingId);
        access.requireManage(meeting.districtId());
        Set<Long> areas = input.areas(meeting).stream().map(Named::id).collect(Collectors.toSet());
        return interventions.list(meeting.planId()).stream()
                .filter(i -> areas.contains(i.area().id()))
                .map(i -> new Named(i.id(), i.title()))
                .toList();
    }

    private InterventionView intervention(MeetingFacts meeting, Long interventionId) {
        InterventionView intervention;
        try {
            intervention = interventions.get(meeting.planId(), interventionId);
        } catch (NotFoundException missing) {
            throw RuleViolationException.invalid("interventionId", "error.progress.noIntervention");
        }
        if (input.areas(meeting).stream()
                .noneMatch(a -> a.id() == intervention.area().id())) {
            throw RuleViolationException.invalid(
                    "interventionId",
                    "error.progress.outsideTable",
                    intervention.title(),
                    TableNames.referenceTo(input.tableName(meeting.tableId())));
        }
        return intervention;
    }

    private static void requireHeld(MeetingFacts meeting) {
        if (meeting.status() != MeetingStatus.HELD) {
            throw RuleViolationException.conflict(null, "error.progress.notHeld");
        }
    }

    private ProgressNote find(long meetingId, long noteId) {
        return notes.findById(noteId)
                .filter(n -> n.meetingId() == meetingId)
                .orElseThrow(() -> new NotFoundException("error.progress.notFound", noteId));
    }

    private static ProgressNoteView view(MeetingFacts meeting, ProgressNote note) {
        return new ProgressNoteView(
                note.id(),
                note.meetingId(),
                note.planId(),
                meeting.date(),
                new Named(note.interventionId(), note.interventionTitle()),
                note.status(),
                note.remarks(),
                note.version());
    }
}

package it.zona.participation.minutes;

import it.zona.participation.meetings.AttendanceMark;
import it.zona.participation.meetings.AttendanceRegister;
import it.zona.participation.meetings.AttendanceSheet;
import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingStatus;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.TableRegistry;
import it.zona.programme.Named;
import it.zona.shared.EntityChanged;
import it.zona.shared.Markdown;
import it.zona.shared.NotFoundException;
import it.zona.shared.OfficialDocumentIssued;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes (verbale) of held meetings. The office writes a draft, circulates it to the members
 * for remarks until a deadline and has it approved at a later meeting or by the tables' coordinator;
 * approved versions are public and never change, a correction being a new version. Open versions
 * are for the District's staff and the members of the table.
 */
@Service
@Transactional
public class MinutesRegistry {

    public static final String ENTITY = "Minutes";

    private final MinutesVersions versions;
    private final MinutesRemarks remarks;
    private final MeetingRegistry meetings;
    private final AttendanceRegister register;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final MeetingSeats seats;
    private final ParticipationAccess access;
    private final MinutesMail mail;
    private final MinutesPdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesRegistry(
            MinutesVersions versions,
            MinutesRemarks remarks,
            MeetingRegistry meetings,
            AttendanceRegister register,
            TableRegistry tables,
            PlanningSpaces spaces,
            MeetingSeats seats,
            ParticipationAccess access,
            MinutesMail mail,
            MinutesPdf pdf,
            ApplicationEventPublisher events,
            Clock clock) {
        this.versions = versions;
        this.remarks = remarks;
        this.meetings = meetings;
        this.register = register;
        this.tables = tables;
        this.spaces = spaces;
        this.seats = seats;
        this.access = access;
        this.mail = mail;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    // --- Reading -------------------------------------------------------------------------------

    /** The meeting's versions the caller may read, latest first: the approved ones for everyone. */
    @Transactional(readOnly = true)
    public List<MinutesView> forMeeting(long meetingId) {
        MeetingFacts meeting = meetings.facts(meetingId);
        boolean open = mayReadOpen(meeting);
        List<Minutes> all = versions.findByMeetingIdOrderByNumberDesc(meetingId);
        return all.stream()
                .filter(m -> open || m.approved())
                .map(m -> view(m, meeting, all))
                .toList();
    }

    /** A version; an open one is for staff and members only, anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public MinutesView get(long minutesId) {
        Minutes minutes = find(minutesId);
        MeetingFacts meeting = meetings.facts(minutes.meetingId());
        if (!minutes.approved() && !mayReadOpen(meeting)) {
            throw new NotFoundException("error.minutes.notFound", minutesId);
        }
        return view(minutes, meeting, versions.findByMeetingIdOrderByNumberDesc(meeting.id()));
    }

    /** An approved version as PDF/A, under a file name of the meeting's date and the version. */
    public record Pdf(String fileName, byte[] content) {}

    @Transactional(readOnly = true)
    public Pdf pdf(long minutesId) {
        MinutesView minutes = get(minutesId);
        if (!minutes.approved()) {
            throw new NotFoundException("error.minutes.notFound", minutesId);
        }
        MeetingFacts meeting = meetings.facts(minutes.meetingId());
        MeetingView view = meetings.get(meeting.id());
        return new Pdf(MinutesPdf.fileName(view, minutes), pdf.write(spaces.plan(meeting.planId()), view, minutes));
    }

    /** The meeting the minutes are of. */
    @Transactional(readOnly = true)
    public MeetingView meetingOf(long minutesId) {
        return meetings.get(get(minutesId).meetingId());
    }

    /**
     * The plan's meetings held on or before a day whose minutes are not approved, earliest first:
     * for the monitoring's alerts. Two reads, whatever the number of meetings.
     */
    @Transactional(readOnly = true)
    public List<MeetingView> heldWithoutApprovedMinutes(long planId, LocalDate heldOnOrBefore) {
        List<MeetingView> held = meetings.forPlan(planId).stream()
                .filter(m -> m.status() == MeetingStatus.HELD && !m.date().isAfter(heldOnOrBefore))
                .toList();
        Set<Long> approved = versions
                .findByMeetingIdInAndStatusOrderByNumberDesc(
                        held.stream().map(MeetingView::id).toList(), MinutesStatus.APPROVED)
                .stream()
                .map(Minutes::meetingId)
                .collect(Collectors.toSet());
        return held.stream()
                .filter(m -> !approved.contains(m.id()))
                .sorted(Comparator.comparing(MeetingView::date))
                .toList();
    }

    /** The latest approved version of each of the table's meetings, latest meeting first. */
    @Transactional(readOnly = true)
    public List<MinutesView> approvedForTable(long tableId) {
        return approvedOf(meetings.forTable(tableId));
    }

    /**
     * Circulated versions still open to remarks, of the meetings of these tables and the plenary
     * meetings of their plans: for the members' own page.
     */
    @Transactional(readOnly = true)
    public List<MinutesView> awaitingRemarks(Collection<Long> tableIds) {
        Map<Long, MeetingView> meetingsById = new LinkedHashMap<>();
        for (long planId :
                tableIds.stream().map(id -> tables.facts(id).planId()).collect(Collectors.toSet())) {
            meetings.plenaries(planId).forEach(m -> meetingsById.put(m.id(), m));
        }
        for (long tableId : tableIds) {
            meetings.forTable(tableId).forEach(m -> meetingsById.put(m.id(), m));
        }
        LocalDate today = today();
        return versions
                .findByMeetingIdInAndStatusOrderByNumberDesc(meetingsById.keySet(), MinutesStatus.CIRCULATED)
                .stream()
                .filter(m -> m.isOpenForRemarks(today))
                .map(m -> view(m, meetings.facts(m.meetingId()), List.of(m)))
                .sorted(Comparator.comparing(MinutesView::remarksUntil))
                .toList();
    }

    /** Whether the caller may write or run the minutes of the meeting: the District's editors. */
    @Transactional(readOnly = true)
    public boolean canManage(long meetingId) {
        return access.canManage(meetings.facts(meetingId).districtId());
    }

    // --- Writing -------------------------------------------------------------------------------

    /** The first draft of a held meeting's minutes; later versions are corrections. */
    public MinutesView draft(long meetingId, MinutesForm form) {
        MeetingFacts meeting = meetings.facts(meetingId);
        access.requireManage(meeting.districtId());
        if (meeting.status() != MeetingStatus.HELD) {
            throw RuleViolationException.invalid("meetingId", "error.minutes.notHeld");
        }
        if (!versions.findByMeetingIdOrderByNumberDesc(meetingId).isEmpty()) {
            throw RuleViolationException.conflict(null, "error.minutes.exists");
        }
        Minutes minutes = versions.saveAndFlush(new Minutes(
                meetingId, meeting.districtId(), 1, null, form.body().strip(), form.decisionItems(), clock.instant()));
        MinutesView view = view(minutes, meeting);
        events.publishEvent(EntityChanged.created(meeting.districtId(), ENTITY, minutes.id(), view));
        return view;
    }

    /** The office amends an open version (a draft, or a circulated one taking in the remarks). */
    public MinutesView amend(long minutesId, MinutesForm form, long expectedVersion) {
        Minutes minutes = manageable(minutesId);
        minutes.requireOpen();
        StaleVersionException.check(expectedVersion, minutes.version());
        MeetingFacts meeting = meetings.facts(minutes.meetingId());
        MinutesView before = view(minutes, meeting);
        minutes.amend(form.body().strip(), form.decisionItems(), clock.instant());
        return updated(minutes, meeting, before);
    }

    /** Sends the draft to the members for remarks until the deadline; each address gets one e-mail. */
    public MinutesView circulate(long minutesId, CirculateForm form) {
        Minutes minutes = manageable(minutesId);
        MeetingFacts meeting = meetings.facts(minutes.meetingId());
        MinutesView before = view(minutes, meeting);
        minutes.circulate(form.remarksUntil(), today(), clock.instant());
        MinutesView after = updated(minutes, meeting, before);
        mail.circulated(spaces.plan(meeting.planId()), meetings.get(meeting.id()), after, meetings.recipients(meeting));
        return after;
    }

    /**
     * Approves a circulated version at a later held meeting of the same table (plenary for a
     * plenary) or by the tables' coordinator; it is published and frozen from then on, with the
     * attendance as it stands now.
     */
    public MinutesView approve(long minutesId, ApprovalForm form) {
        Minutes minutes = manageable(minutesId);
        minutes.requireOpen();
        MeetingFacts meeting = meetings.facts(minutes.meetingId());
        Long atMeeting = null;
        String coordinator = null;
        if (form.coordinator()) {
            coordinator = tables.coordinator(meeting.planId())
                    .map(Named::name)
                    .orElseThrow(() -> RuleViolationException.invalid("byCoordinator", "error.minutes.noCoordinator"));
        } else if (form.meetingId() == null) {
            throw RuleViolationException.invalid("meetingId", "error.minutes.approvalMissing");
        } else {
            atMeeting = approvingMeeting(meeting, form.meetingId()).id();
        }
        MinutesView before = view(minutes, meeting);
        List<MinutesAttendanceLine> lines = currentAttendance(meeting.id());
        minutes.approve(
                atMeeting, coordinator, form.earlyClosingReason(), access.actor(), lines, today(), clock.instant());
        MinutesView approved = updated(minutes, meeting, before);
        Pdf file = pdf(approved.id());
        // Tables are public from the plan's launch: so are their minutes, whatever the plan's stage.
        events.publishEvent(new OfficialDocumentIssued(
                meeting.districtId(),
                OfficialDocumentIssued.Kind.TABLE_MINUTES,
                "table-minutes:" + meeting.id(),
                "Verbale della riunione del " + ITALIAN_DAY.format(meeting.date()) + " – " + meeting.title(),
                null,
                meeting.planId(),
                false,
                today(),
                "/minutes/" + approved.id(),
                file.fileName(),
                "application/pdf",
                file.content()));
        return approved;
    }

    private static final DateTimeFormatter ITALIAN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALY);

    /** The later held meetings at which a version may be approved: same table, or plenaries. */
    @Transactional(readOnly = true)
    public List<MeetingView> approvingMeetings(long minutesId) {
        MeetingFacts meeting = meetings.facts(find(minutesId).meetingId());
        List<MeetingView> candidates =
                meeting.tableId() == null ? meetings.plenaries(meeting.planId()) : meetings.forTable(meeting.tableId());
        return candidates.stream()
                .filter(m -> m.status() == MeetingStatus.HELD)
                .filter(m -> m.date().atTime(m.startTime()).isAfter(meeting.start()))
                .toList();
    }

    /** A correction of an approved version: a new draft copying it and naming it. */
    public MinutesView correct(long minutesId) {
        Minutes approved = manageable(minutesId);
        approved.requireCorrectable(versions.findByMeetingIdOrderByNumberDesc(approved.meetingId()));
        MeetingFacts meeting = meetings.facts(approved.meetingId());
        Minutes correction = versions.saveAndFlush(new Minutes(
                meeting.id(),
                meeting.districtId(),
                approved.number() + 1,
                approved.id(),
                approved.body(),
                List.copyOf(approved.decisions()),
                clock.instant()));
        MinutesView view = view(correction, meeting);
        events.publishEvent(EntityChanged.created(meeting.districtId(), ENTITY, correction.id(), view));
        return view;
    }

    // --- Internals -----------------------------------------------------------------------------

    private MeetingFacts approvingMeeting(MeetingFacts minuted, long approvingId) {
        MeetingFacts at;
        try {
            at = meetings.facts(approvingId);
        } catch (NotFoundException e) {
            throw RuleViolationException.invalid("meetingId", "error.minutes.approvalMeeting");
        }
        boolean sameTable = minuted.tableId() == null
                ? at.tableId() == null && at.planId() == minuted.planId()
                : minuted.tableId().equals(at.tableId());
        if (!sameTable || at.status() != MeetingStatus.HELD || !at.start().isAfter(minuted.start())) {
            throw RuleViolationException.invalid("meetingId", "error.minutes.approvalMeeting");
        }
        return at;
    }

    private List<MinutesAttendanceLine> currentAttendance(long meetingId) {
        return register.attendance(meetingId).lines().stream()
                .map(line -> new MinutesAttendanceLine(line.organization().name(), attendedBy(line), line.mark()))
                .toList();
    }

    private static String attendedBy(AttendanceSheet.Line line) {
        if (line.mark() == AttendanceMark.REPRESENTATIVE) {
            return line.representative();
        }
        return line.mark() == AttendanceMark.SUBSTITUTE ? line.substitute() : null;
    }

    private boolean mayReadOpen(MeetingFacts meeting) {
        return access.isStaff(meeting.districtId())
                || seats.ofCurrentUser(meeting).isPresent();
    }

    private Minutes manageable(long minutesId) {
        Minutes minutes = find(minutesId);
        access.requireManage(minutes.districtId());
        return minutes;
    }

    private MinutesView updated(Minutes minutes, MeetingFacts meeting, MinutesView before) {
        versions.saveAndFlush(minutes);
        MinutesView after = view(minutes, meeting);
        events.publishEvent(EntityChanged.updated(meeting.districtId(), ENTITY, minutes.id(), before, after));
        return after;
    }

    Minutes find(long minutesId) {
        return versions.findById(minutesId)
                .orElseThrow(() -> new NotFoundException("error.minutes.notFound", minutesId));
    }

    private List<MinutesView> approvedOf(List<MeetingView> found) {
        Map<Long, MeetingView> byId = found.stream().collect(Collectors.toMap(MeetingView::id, Function.identity()));
        Map<Long, Minutes> latest = new LinkedHashMap<>();
        versions.findByMeetingIdInAndStatusOrderByNumberDesc(byId.keySet(), MinutesStatus.APPROVED)
                .forEach(m -> latest.putIfAbsent(m.meetingId(), m));
        return latest.values().stream()
                .map(m -> view(m, meetings.facts(m.meetingId())))
                .sorted(Comparator.comparing(MinutesView::meetingDate).reversed())
                .toList();
    }

    private MinutesView view(Minutes minutes, MeetingFacts meeting) {
        return view(minutes, meeting, versions.findByMeetingIdOrderByNumberDesc(meeting.id()));
    }

    private MinutesView view(Minutes minutes, MeetingFacts meeting, List<Minutes> all) {
        Minutes previous = all.stream()
                .filter(m -> m.id().equals(minutes.previousId()))
                .findFirst()
                .orElse(null);
        Minutes correctedBy = all.stream()
                .filter(m -> minutes.id().equals(m.previousId()) && m.approved())
                .findFirst()
                .orElse(null);
        MeetingFacts approvingMeeting =
                minutes.approvedAtMeeting() == null ? null : meetings.facts(minutes.approvedAtMeeting());
        List<MinutesAttendanceLine> attendance =
                minutes.approved() ? List.copyOf(minutes.attendance()) : currentAttendance(meeting.id());
        return new MinutesView(
                minutes.id(),
                meeting.id(),
                meeting.title(),
                meeting.date(),
                minutes.number(),
                minutes.status(),
                minutes.previousId(),
                previous == null ? null : previous.number(),
                correctedBy == null ? null : correctedBy.id(),
                correctedBy == null ? null : correctedBy.number(),
                minutes.body(),
                Markdown.html(minutes.body(), meeting.title()),
                List.copyOf(minutes.decisions()),
                minutes.circulatedAt(),
                minutes.remarksUntil(),
                minutes.remarksClosedOn(),
                minutes.remarksClosedReason(),
                minutes.approvedAt(),
                minutes.approvedAtMeeting(),
                approvingMeeting == null ? null : approvingMeeting.date(),
                minutes.approvedByCoordinator(),
                attendance,
                // Remarks are an exchange between the office and the members, not part of the act.
                mayReadOpen(meeting)
                        ? remarks.findByMinutesIdOrderByCreatedAtAscIdAsc(minutes.id()).stream()
                                .map(MinutesRemark::view)
                                .toList()
                        : List.of(),
                minutes.version(),
                new MinutesView.Allowed(
                        minutes.mayBeCirculated(),
                        minutes.isOpenForRemarks(today()),
                        minutes.mayBeApproved(),
                        minutes.mayBeCorrected(all)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformConfig.ZONE));
    }
}

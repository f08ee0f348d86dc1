package it.zona.participation.meetings;

import it.zona.organization.OrganizationRegistry;
import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.TableFacts;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.shared.EntityChanged;
import it.zona.shared.PlatformConfig;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance register: who came to each held meeting (the organisations seated that day and the
 * guests), and from it the participation rates of the plan's tables and organisations. Everyone
 * reads the sheets of held meetings; the District's editors record and clear them.
 */
@Service
@Transactional
public class AttendanceRegister {

    public static final String ATTENDANCE = "MeetingAttendance";

    private final MeetingRegistry meetings;
    private final Meetings rows;
    private final MeetingAttendances attendances;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final TableMembership membership;
    private final OrganizationRegistry organizations;
    private final ParticipationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceRegister(
            MeetingRegistry meetings,
            Meetings rows,
            MeetingAttendances attendances,
            TableRegistry tables,
            PlanningSpaces spaces,
            TableMembership membership,
            OrganizationRegistry organizations,
            ParticipationAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.rows = rows;
        this.attendances = attendances;
        this.tables = tables;
        this.spaces = spaces;
        this.membership = membership;
        this.organizations = organizations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The attendance sheet: the organisations seated on the meeting's day, and what was recorded. */
    @Transactional(readOnly = true)
    public AttendanceSheet attendance(long meetingId) {
        Meeting meeting = meetings.find(meetingId);
        Map<Long, MeetingAttendance> recorded = attendances.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(MeetingAttendance::organizationId, Function.identity()));
        List<AttendanceSheet.Line> lines = meetings.seatedOn(meeting.facts()).stream()
                .map(seat -> new AttendanceSheet.Line(
                        seat.organization(),
                        seat.representative().name(),
                        seat.substitute() == null ? null : seat.substitute().name(),
                        Optional.ofNullable(recorded.get(seat.organization().id()))
                                .map(MeetingAttendance::mark)
                                .orElse(null)))
                .toList();
        return new AttendanceSheet(meetings.view(meeting), lines, List.copyOf(meeting.guests()), !recorded.isEmpty());
    }

    /**
     * Records who came: only the organisations seated on the meeting's day, once the meeting has
     * started; the meeting counts as held from then on.
     */
    public AttendanceSheet recordAttendance(long meetingId, AttendanceForm form) {
        Meeting meeting = meetings.find(meetingId);
        access.requireManage(meeting.districtId());
        Map<Long, TableMemberView> seated = meetings.seatedOn(meeting.facts()).stream()
                .collect(Collectors.toMap(s -> s.organization().id(), Function.identity()));
        AttendanceSheet before = attendance(meetingId);
        meeting.takeAttendance(
                form,
                seated,
                organization -> organizations
                        .names(meeting.districtId(), List.of(organization))
                        .getOrDefault(organization, "#" + organization),
                LocalDateTime.now(clock.withZone(PlatformConfig.ZONE)),
                clock.instant());
        attendances.deleteByMeetingId(meetingId);
        attendances.flush();
        for (AttendanceForm.Line entry : form.linesOrNone()) {
            attendances.save(new MeetingAttendance(meetingId, entry.organizationId(), entry.mark()));
        }
        rows.saveAndFlush(meeting);
        attendances.flush();
        AttendanceSheet after = attendance(meetingId);
        events.publishEvent(EntityChanged.updated(meeting.districtId(), ATTENDANCE, meetingId, before, after));
        return after;
    }

    /**
     * Clears a held meeting's attendance sheet, marks and guests, on purpose: the meeting stays held
     * and counts as "attendance not recorded" until a new sheet is recorded.
     */
    AttendanceSheet clearAttendance(long meetingId) {
        Meeting meeting = meetings.find(meetingId);
        access.requireManage(meeting.districtId());
        AttendanceSheet before = attendance(meetingId);
        attendances.deleteByMeetingId(meetingId);
        attendances.flush();
        meeting.recordGuests(List.of(), clock.instant());
        rows.saveAndFlush(meeting);
        AttendanceSheet after = attendance(meetingId);
        events.publishEvent(EntityChanged.updated(meeting.districtId(), ATTENDANCE, meetingId, before, after));
        return after;
    }

    /** The participation rates of the plan's tables and organisations, and the flagged absences. */
    @Transactional(readOnly = true)
    ParticipationReport participation(long planId) {
        spaces.plan(planId);
        return report(tables.factsByPlan(planId), rows.findByPlanIdOrderByDateAscStartTimeAsc(planId));
    }

    /** The organisations flagged at one table, without reckoning the plan's other tables. */
    @Transactional(readOnly = true)
    List<ParticipationReport.SeatRate> absenceFlags(long tableId) {
        TableFacts table = tables.facts(tableId);
        return report(List.of(table), rows.findByTableIdOrderByDateAscStartTimeAsc(tableId))
                .flaggedAt(tableId);
    }

    private ParticipationReport report(List<TableFacts> planTables, List<Meeting> inDateOrder) {
        List<Meeting> held = inDateOrder.stream()
                .filter(m -> m.tableId() != null && m.status() == MeetingStatus.HELD)
                .toList();
        Map<Long, Map<Long, AttendanceMark>> recorded = new LinkedHashMap<>();
        attendances
                .findByMeetingIdIn(held.stream().map(Meeting::id).toList())
                .forEach(a -> recorded.computeIfAbsent(a.meetingId(), k -> new LinkedHashMap<>())
                        .put(a.organizationId(), a.mark()));
        List<ParticipationReport.TableInput> inputs = new ArrayList<>();
        for (TableFacts table : planTables) {
            List<ParticipationReport.Seat> seatRows = membership.history(table.id()).stream()
                    .map(view -> new ParticipationReport.Seat(
                            view.organization().id(),
                            view.organization().name(),
                            view.representative().name(),
                            view.substitute() == null ? null : view.substitute().name(),
                            view.joinedOn(),
                            view.leftOn()))
                    .toList();
            List<ParticipationReport.Held> heldRows = held.stream()
                    .filter(m -> m.tableId().equals(table.id()))
                    .map(m -> new ParticipationReport.Held(m.id(), m.date(), recorded.getOrDefault(m.id(), Map.of())))
                    .toList();
            inputs.add(new ParticipationReport.TableInput(table.id(), table.name(), seatRows, heldRows));
        }
        return ParticipationReport.of(inputs);
    }
}

package it.zona.participation.meetings;

import it.zona.participation.tables.TableMemberView;
import it.zona.shared.PlainText;
import it.zona.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A meeting of a thematic table, or a plenary meeting of the plan (no table). Its times are
 * Europe/Rome civil times. {@code sequence} counts the changes of time, place and status that
 * calendars were told about; {@code reminderSentAt} says the day-before reminder has been queued.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long districtId;
    private Long tableId;
    private String title;

    @Column(name = "meeting_date")
    private LocalDate date;

    private LocalTime startTime;
    private LocalTime endTime;
    private String place;
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    @Column(name = "sequence_no")
    private int sequence;

    private Instant reminderSentAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_move", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<PreviousDate> moves = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_guest", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Guest> guests = new ArrayList<>();

    @Version
    private long version;

    protected Meeting() {}

    Meeting(long planId, long districtId, Long tableId, MeetingForm form, Instant now) {
        this.planId = planId;
        this.districtId = districtId;
        this.tableId = tableId;
        this.status = MeetingStatus.SCHEDULED;
        this.sequence = 0;
        this.title = form.title().strip();
        this.date = form.date();
        this.startTime = form.startTime();
        this.endTime = form.endTime();
        this.place = PlainText.blankToNull(form.place());
        this.onlineLink = PlainText.blankToNull(form.onlineLink());
        this.agenda.addAll(form.agendaItems());
        this.updatedAt = now;
    }

    /** Checks the times and where: the rules the entity keeps whatever the plan. */
    static void check(MeetingForm form) {
        checkTimes(form.startTime(), form.endTime());
        if (PlainText.blankToNull(form.place()) == null && PlainText.blankToNull(form.onlineLink()) == null) {
            throw RuleViolationException.invalid("place", "error.meeting.noPlace");
        }
        String link = PlainText.blankToNull(form.onlineLink());
        if (link != null && !(link.startsWith("https://") || link.startsWith("http://"))) {
            throw RuleViolationException.invalid("onlineLink", "error.meeting.badLink");
        }
    }

    static void checkTimes(LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw RuleViolationException.invalid("endTime", "error.meeting.endBeforeStart");
        }
    }

    /**
     * Applies an edit; answers whether calendars must hear of it (a change of time or place). A
     * meeting that is held or cancelled is not edited any more.
     */
    boolean apply(MeetingForm form, Instant now) {
        requirePending();
        String newPlace = PlainText.blankToNull(form.place());
        String newLink = PlainText.blankToNull(form.onlineLink());
        boolean noticeable = !form.date().equals(date)
                || !form.startTime().equals(startTime)
                || !form.endTime().equals(endTime)
                || !equal(newPlace, place)
                || !equal(newLink, onlineLink);
        boolean retitled =
                !form.title().strip().equals(title) || !form.agendaItems().equals(agenda);
        this.title = form.title().strip();
        this.date = form.date();
        this.startTime = form.startTime();
        this.endTime = form.endTime();
        this.place = newPlace;
        this.onlineLink = newLink;
        this.agenda.clear();
        this.agenda.addAll(form.agendaItems());
        if (noticeable) {
            changed(now);
            this.reminderSentAt = null;
        } else if (retitled) {
            this.updatedAt = now;
        }
        return noticeable || retitled;
    }

    /** Moves the meeting to a new date and time; the old one is kept, and the reminder goes again. */
    void move(LocalDate newDate, LocalTime newStart, LocalTime newEnd, LocalDate today, Instant now) {
        requirePending();
        checkTimes(newStart, newEnd);
        if (newDate.equals(date) && newStart.equals(startTime) && newEnd.equals(endTime)) {
            throw RuleViolationException.invalid("date", "error.meeting.sameDate");
        }
        moves.add(new PreviousDate(date, startTime, endTime, today));
        this.date = newDate;
        this.startTime = newStart;
        this.endTime = newEnd;
        this.status = MeetingStatus.POSTPONED;
        this.reminderSentAt = null;
        changed(now);
    }

    void cancel(Instant now) {
        requirePending();
        this.status = MeetingStatus.CANCELLED;
        changed(now);
    }

    /** The meeting took place: only once its start has come. */
    void held(LocalDateTime nowInRome, Instant now) {
        if (status == MeetingStatus.HELD) {
            return;
        }
        requirePending();
        if (start().isAfter(nowInRome)) {
            throw RuleViolationException.invalid("status", "error.meeting.notYetHeld");
        }
        this.status = MeetingStatus.HELD;
        changed(now);
    }

    /**
     * Takes an attendance sheet, replacing the one before: not for a cancelled meeting, not before
     * it starts; a line for each organisation seated on the meeting's day that came or not (a sheet
     * without lines would erase it: clearing is its own action), for none other, each once, with
     * "substitute" only where the seat has one. The meeting counts as held from then on. {@code
     * seated}: the seats of the meeting's day by organisation; {@code nameOf} names an organisation
     * that is not seated, for the message.
     */
    void takeAttendance(
            AttendanceForm sheet,
            Map<Long, TableMemberView> seated,
            Function<Long, String> nameOf,
            LocalDateTime nowInRome,
            Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw RuleViolationException.conflict(null, "error.attendance.cancelled");
        }
        if (start().isAfter(nowInRome)) {
            throw RuleViolationException.invalid(null, "error.meeting.notYetHeld");
        }
        if (!seated.isEmpty() && sheet.linesOrNone().isEmpty()) {
            throw RuleViolationException.invalid("lines", "error.attendance.noEntries");
        }
        Set<Long> seen = new HashSet<>();
        for (AttendanceForm.Line line : sheet.linesOrNone()) {
            TableMemberView seat = seated.get(line.organizationId());
            if (seat == null) {
                throw RuleViolationException.invalid(
                        "lines", "error.attendance.notMember", nameOf.apply(line.organizationId()), date);
            }
            if (!seen.add(line.organizationId())) {
                throw RuleViolationException.invalid("lines", "error.attendance.twice");
            }
            if (line.mark() == AttendanceMark.SUBSTITUTE && seat.substitute() == null) {
                throw RuleViolationException.invalid(
                        "lines",
                        "error.attendance.noSubstitute",
                        seat.organization().name());
            }
        }
        held(nowInRome, now);
        recordGuests(sheet.realGuests(), now);
    }

    /**
     * A meeting whose end has passed while it is still scheduled (or postponed): nobody recorded
     * whether it was held or cancelled, and the office must. Derived from the clock, never stored.
     */
    boolean toBeRecorded(LocalDateTime nowInRome) {
        return status.isPending() && !end().isAfter(nowInRome);
    }

    void recordGuests(List<Guest> newGuests, Instant now) {
        guests.clear();
        guests.addAll(newGuests);
        this.updatedAt = now;
    }

    void reminded(Instant now) {
        this.reminderSentAt = now;
    }

    private void changed(Instant now) {
        this.sequence++;
        this.updatedAt = now;
    }

    private void requirePending() {
        if (!status.isPending()) {
            throw RuleViolationException.conflict("status", "error.meeting.closed", status.name());
        }
    }

    MeetingFacts facts() {
        return new MeetingFacts(id, planId, districtId, tableId, title, date, start(), status);
    }

    LocalDateTime start() {
        return date.atTime(startTime);
    }

    LocalDateTime end() {
        return date.atTime(endTime);
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    long districtId() {
        return districtId;
    }

    Long tableId() {
        return tableId;
    }

    String title() {
        return title;
    }

    LocalDate date() {
        return date;
    }

    LocalTime startTime() {
        return startTime;
    }

    LocalTime endTime() {
        return endTime;
    }

    String place() {
        return place;
    }

    String onlineLink() {
        return onlineLink;
    }

    MeetingStatus status() {
        return status;
    }

    int sequence() {
        return sequence;
    }

    Instant reminderSentAt() {
        return reminderSentAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<String> agenda() {
        return agenda;
    }

    List<PreviousDate> moves() {
        return moves;
    }

    List<Guest> guests() {
        return guests;
    }

    long version() {
        return version;
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}

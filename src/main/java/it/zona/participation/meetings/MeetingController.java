package it.zona.participation.meetings;

import it.zona.participation.space.ParticipationPages;
import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanFacts;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings' pages: a table's meetings and the plan's plenary ones, each meeting's public page,
 * the forms to schedule, change, move, cancel and close a meeting and to record who came, the plan's
 * calendar (month and list) and its participation rates.
 */
@Controller
class MeetingController {

    static final String LIST_VIEW = "participation/meeting-list";
    static final String DETAIL_VIEW = "participation/meeting";
    static final String FORM_VIEW = "participation/meeting-form";
    static final String MOVE_VIEW = "participation/meeting-move";
    static final String CONFIRM_VIEW = "participation/meeting-confirm";
    static final String ATTENDANCE_VIEW = "participation/meeting-attendance";
    static final String CLEAR_ATTENDANCE_VIEW = "participation/meeting-attendance-clear";
    static final String CALENDAR_VIEW = "participation/meeting-calendar";
    static final String PARTICIPATION_VIEW = "participation/meeting-participation";

    private final MeetingRegistry meetings;
    private final AttendanceRegister register;
    private final List<MeetingPageSection> sections;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final ParticipationPages pages;
    private final Clock clock;

    MeetingController(
            MeetingRegistry meetings,
            AttendanceRegister register,
            List<MeetingPageSection> sections,
            TableRegistry tables,
            PlanningSpaces spaces,
            ParticipationPages pages,
            Clock clock) {
        this.meetings = meetings;
        this.register = register;
        this.sections = List.copyOf(sections);
        this.tables = tables;
        this.spaces = spaces;
        this.pages = pages;
        this.clock = clock;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping("/tables/{tableId}/meetings")
    String tableMeetings(@PathVariable long tableId, Model model) {
        TableView table = tables.get(tableId);
        pages.read(table.planId(), model);
        model.addAttribute("table", table);
        model.addAttribute("meetings", meetings.forTable(tableId));
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/plans/{planId}/meetings")
    String plenaryMeetings(@PathVariable long planId, Model model) {
        pages.read(planId, model);
        model.addAttribute("table", null);
        model.addAttribute("meetings", meetings.plenaries(planId));
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/meetings/{meetingId}")
    String detail(@PathVariable long meetingId, Model model) {
        MeetingView meeting = meetings.get(meetingId);
        pages.read(meeting.planId(), model);
        model.addAttribute("meeting", meeting);
        model.addAttribute("sheet", meeting.status() == MeetingStatus.HELD ? register.attendance(meetingId) : null);
        sections.forEach(section -> section.addTo(meeting, model));
        return DETAIL_VIEW;
    }

    @GetMapping("/tables/{tableId}/meetings/new")
    String newTableMeeting(@PathVariable long tableId, Model model) {
        TableView table = tables.get(tableId);
        model.addAttribute("form", MeetingForm.empty(defaultDate(table.planId())));
        return formPage(table.planId(), table, null, model);
    }

    @PostMapping("/tables/{tableId}/meetings/new")
    String scheduleTableMeeting(
            @PathVariable long tableId,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TableView table = tables.get(tableId);
        return Forms.submit(
                errors,
                () -> {
                    MeetingView created = meetings.schedule(tableId, form);
                    Flash.success(redirect, "meeting.scheduled", created.title());
                    return "redirect:/meetings/" + created.id();
                },
                () -> formPage(table.planId(), table, null, model));
    }

    @GetMapping("/plans/{planId}/meetings/new")
    String newPlenary(@PathVariable long planId, Model model) {
        model.addAttribute("form", MeetingForm.empty(defaultDate(planId)));
        return formPage(planId, null, null, model);
    }

    @PostMapping("/plans/{planId}/meetings/new")
    String schedulePlenary(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    MeetingView created = meetings.schedulePlenary(planId, form);
                    Flash.success(redirect, "meeting.scheduled", created.title());
                    return "redirect:/meetings/" + created.id();
                },
                () -> formPage(planId, null, null, model));
    }

    @GetMapping("/meetings/{meetingId}/edit")
    String edit(@PathVariable long meetingId, Model model) {
        MeetingView meeting = meetings.get(meetingId);
        model.addAttribute("form", meeting.toForm().withFreeLines());
        return formPage(meeting.planId(), table(meeting), meeting, model);
    }

    @PostMapping("/meetings/{meetingId}/edit")
    String update(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = meetings.get(meetingId);
        return Forms.submit(
                errors,
                () -> {
                    MeetingView updated = meetings.update(meetingId, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "meeting.updated", updated.title());
                    return "redirect:/meetings/" + meetingId;
                },
                () -> formPage(meeting.planId(), table(meeting), meeting, model));
    }

    @GetMapping("/meetings/{meetingId}/move")
    String moveForm(@PathVariable long meetingId, Model model) {
        MeetingView meeting = meetings.get(meetingId);
        model.addAttribute("form", meeting.toMoveForm());
        return movePage(meeting, model);
    }

    @PostMapping("/meetings/{meetingId}/move")
    String move(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") MoveForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = meetings.get(meetingId);
        return Forms.submit(
                errors,
                () -> {
                    MeetingView moved = meetings.move(meetingId, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "meeting.moved", moved.title());
                    return "redirect:/meetings/" + meetingId;
                },
                () -> movePage(meeting, model));
    }

    /** The confirmation page before cancelling the meeting or recording it as held. */
    @GetMapping("/meetings/{meetingId}/status/{status}")
    String confirmStatus(@PathVariable long meetingId, @PathVariable MeetingStatus status, Model model) {
        MeetingView meeting = meetings.get(meetingId);
        pages.manage(meeting.planId(), model);
        if (status != MeetingStatus.CANCELLED && status != MeetingStatus.HELD) {
            throw new it.zona.shared.NotFoundException("error.meeting.notFound", meetingId);
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("status", status);
        return CONFIRM_VIEW;
    }

    @PostMapping("/meetings/{meetingId}/status/{status}")
    String changeStatus(@PathVariable long meetingId, @PathVariable MeetingStatus status, RedirectAttributes redirect) {
        Flash.attempt(
                redirect,
                () -> meetings.changeStatus(meetingId, status),
                "meeting.status." + status.name(),
                meetings.get(meetingId).title());
        return "redirect:/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{meetingId}/attendance")
    String attendanceForm(@PathVariable long meetingId, Model model) {
        AttendanceSheet sheet = register.attendance(meetingId);
        model.addAttribute("form", withFreeGuests(sheet.toForm()));
        return attendancePage(sheet, model);
    }

    @PostMapping("/meetings/{meetingId}/attendance")
    String recordAttendance(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") AttendanceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AttendanceSheet sheet = register.attendance(meetingId);
        return Forms.submit(
                errors,
                () -> {
                    register.recordAttendance(meetingId, form);
                    Flash.success(
                            redirect, "attendance.recorded", sheet.meeting().title());
                    return "redirect:/meetings/" + meetingId;
                },
                () -> attendancePage(sheet, model));
    }

    /** The confirmation page before clearing a meeting's attendance sheet. */
    @GetMapping("/meetings/{meetingId}/attendance/clear")
    String confirmClearAttendance(@PathVariable long meetingId, Model model) {
        MeetingView meeting = meetings.get(meetingId);
        pages.manage(meeting.planId(), model);
        model.addAttribute("meeting", meeting);
        return CLEAR_ATTENDANCE_VIEW;
    }

    @PostMapping("/meetings/{meetingId}/attendance/clear")
    String clearAttendance(@PathVariable long meetingId, RedirectAttributes redirect) {
        Flash.attempt(
                redirect,
                () -> register.clearAttendance(meetingId),
                "attendance.cleared",
                meetings.get(meetingId).title());
        return "redirect:/meetings/" + meetingId;
    }

    @PublicPage
    @GetMapping("/plans/{planId}/calendar")
    String calendar(
            @PathVariable long planId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) Long table,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PlanFacts plan = pages.read(planId, model);
        boolean list = "list".equals(view);
        model.addAttribute("listView", list);
        model.addAttribute("tableFilter", table);
        model.addAttribute("tableChoices", meetings.tableChoices(planId));
        if (list) {
            model.addAttribute("agenda", meetings.agenda(planId, table, page));
        } else {
            model.addAttribute("month", meetings.month(planId, month(month, plan), table));
        }
        model.addAttribute("withoutMeeting", meetings.withoutMeetingBeforeDeadline(planId));
        return CALENDAR_VIEW;
    }

    @PublicPage
    @GetMapping("/plans/{planId}/participation")
    String participation(@PathVariable long planId, Model model) {
        pages.read(planId, model);
        model.addAttribute("report", register.participation(planId));
        return PARTICIPATION_VIEW;
    }

    private YearMonth month(String month, PlanFacts plan) {
        if (month != null) {
            try {
                return YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                // An address typed by hand: show the current month instead of an error.
            }
        }
        return YearMonth.from(defaultDate(plan.id()));
    }

    /** Today if it is within the plan's period, else the plan's nearest end. */
    private LocalDate defaultDate(long planId) {
        PlanFacts plan = spaces.plan(planId);
        LocalDate today = LocalDate.now(clock.withZone(it.zona.shared.PlatformConfig.ZONE));
        if (plan.covers(today)) {
            return today;
        }
        return today.getYear() < plan.firstYear()
                ? LocalDate.of(plan.firstYear(), 1, 1)
                : LocalDate.of(plan.lastYear(), 12, 1);
    }

    private TableView table(MeetingView meeting) {
        return meeting.tableId() == null ? null : tables.get(meeting.tableId());
    }

    private String formPage(long planId, TableView table, MeetingView meeting, Model model) {
        pages.manage(planId, model);
        model.addAttribute("table", table);
        model.addAttribute("meeting", meeting);
        return FORM_VIEW;
    }

    private String movePage(MeetingView meeting, Model model) {
        pages.manage(meeting.planId(), model);
        model.addAttribute("meeting", meeting);
        return MOVE_VIEW;
    }

    private String attendancePage(AttendanceSheet sheet, Model model) {
        pages.manage(sheet.meeting().planId(), model);
        model.addAttribute("sheet", sheet);
        model.addAttribute("marks", AttendanceMark.values());
        return ATTENDANCE_VIEW;
    }

    private static AttendanceForm withFreeGuests(AttendanceForm form) {
        java.util.List<Guest> guests = new java.util.ArrayList<>(form.realGuests());
        for (int i = 0; i < AttendanceForm.FREE_GUEST_LINES; i++) {
            guests.add(new Guest("", ""));
        }
        return new AttendanceForm(form.lines(), guests);
    }
}

package it.zona.participation.minutes;

import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.space.ParticipationPages;
import it.zona.shared.DomainException;
import it.zona.shared.PlatformConfig;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The minutes' pages: a version with its attendance, decisions and remarks (and the form to add one),
 * its PDF/A once approved, and the office's forms to write, amend, circulate, approve and correct.
 */
@Controller
class MinutesController {

    static final String DETAIL_VIEW = "participation/minutes";
    static final String FORM_VIEW = "participation/minutes-form";
    static final String CIRCULATE_VIEW = "participation/minutes-circulate";
    static final String APPROVE_VIEW = "participation/minutes-approve";

    private final MinutesRegistry minutes;
    private final MinutesRemarkRegistry remarks;
    private final MeetingRegistry meetings;
    private final ParticipationPages pages;
    private final Clock clock;

    MinutesController(
            MinutesRegistry minutes,
            MinutesRemarkRegistry remarks,
            MeetingRegistry meetings,
            ParticipationPages pages,
            Clock clock) {
        this.minutes = minutes;
        this.remarks = remarks;
        this.meetings = meetings;
        this.pages = pages;
        this.clock = clock;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping("/minutes/{minutesId}")
    String detail(@PathVariable long minutesId, Model model) {
        model.addAttribute("remarkForm", new RemarkForm("", null, ""));
        return detailPage(minutesId, model);
    }

    @GetMapping("/minutes/{minutesId}.pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@PathVariable long minutesId) {
        return MinutesRestController.inlinePdf(minutes.pdf(minutesId));
    }

    @PostMapping("/minutes/{minutesId}/remarks")
    String remark(
            @PathVariable long minutesId,
            @Valid @ModelAttribute("remarkForm") RemarkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    remarks.remark(minutesId, form);
                    Flash.success(redirect, "minutes.remarked");
                    return "redirect:/minutes/" + minutesId + "#remarks";
                },
                () -> detailPage(minutesId, model));
    }

    @GetMapping("/meetings/{meetingId}/minutes/new")
    String newDraft(@PathVariable long meetingId, Model model) {
        MeetingView meeting = meetings.get(meetingId);
        model.addAttribute("form", new MinutesForm("", List.of(), null).withFreeLines());
        return formPage(meeting, null, model);
    }

    @PostMapping("/meetings/{meetingId}/minutes/new")
    String draft(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") MinutesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = meetings.get(meetingId);
        return Forms.submit(
                errors,
                () -> {
                    MinutesView created = minutes.draft(meetingId, form);
                    Flash.success(redirect, "minutes.drafted");
                    return "redirect:/minutes/" + created.id();
                },
                () -> formPage(meeting, null, model));
    }

    @GetMapping("/minutes/{minutesId}/edit")
    String edit(@PathVariable long minutesId, Model model) {
        MinutesView version = minutes.get(minutesId);
        model.addAttribute("form", version.toForm().withFreeLines());
        return formPage(minutes.meetingOf(minutesId), version, model);
    }

    @PostMapping("/minutes/{minutesId}/edit")
    String amend(
            @PathVariable long minutesId,
            @Valid @ModelAttribute("form") MinutesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MinutesView version = minutes.get(minutesId);
        return Forms.submit(
                errors,
                () -> {
                    minutes.amend(minutesId, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "minutes.amended");
                    return "redirect:/minutes/" + minutesId;
                },
                () -> formPage(minutes.meetingOf(minutesId), version, model));
    }

    @GetMapping("/minutes/{minutesId}/circulate")
    String circulateForm(@PathVariable long minutesId, Model model) {
        model.addAttribute("form", new CirculateForm(today().plusDays(15)));
        return actionPage(minutesId, CIRCULATE_VIEW, model);
    }

    @PostMapping("/minutes/{minutesId}/circulate")
    String circulate(
            @PathVariable long minutesId,
            @Valid @ModelAttribute("form") CirculateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    minutes.circulate(minutesId, form);
                    Flash.success(redirect, "minutes.circulated");
                    return "redirect:/minutes/" + minutesId;
                },
                () -> actionPage(minutesId, CIRCULATE_VIEW, model));
    }

    @GetMapping("/minutes/{minutesId}/approve")
    String approveForm(@PathVariable long minutesId, Model model) {
        model.addAttribute("form", new ApprovalForm(null, false, null));
        return approvePage(minutesId, model);
    }

    @PostMapping("/minutes/{minutesId}/approve")
    String approve(
            @PathVariable long minutesId,
            @Valid @ModelAttribute("form") ApprovalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    minutes.approve(minutesId, form);
                    Flash.success(redirect, "minutes.approved");
                    return "redirect:/minutes/" + minutesId;
                },
                () -> approvePage(minutesId, model));
    }

    @PostMapping("/minutes/{minutesId}/corrections")
    String correct(@PathVariable long minutesId, RedirectAttributes redirect) {
        try {
            MinutesView correction = minutes.correct(minutesId);
            Flash.success(redirect, "minutes.correcting", correction.number());
            return "redirect:/minutes/" + correction.id() + "/edit";
        } catch (DomainException refused) {
            Flash.refusal(redirect, refused);
            return "redirect:/minutes/" + minutesId;
        }
    }

    private String detailPage(long minutesId, Model model) {
        MinutesView version = minutes.get(minutesId);
        MeetingView meeting = minutes.meetingOf(minutesId);
        pages.read(meeting.planId(), model);
        model.addAttribute("minutes", version);
        model.addAttribute("meeting", meeting);
        model.addAttribute("versions", minutes.forMeeting(meeting.id()));
        model.addAttribute("canRemark", remarks.canRemark(meeting.id()));
        model.addAttribute(
                "remarkOrganizations",
                minutes.canManage(meeting.id()) ? remarks.remarkOrganizations(minutesId) : List.of());
        return DETAIL_VIEW;
    }

    private String formPage(MeetingView meeting, MinutesView version, Model model) {
        pages.manage(meeting.planId(), model);
        model.addAttribute("meeting", meeting);
        model.addAttribute("minutes", version);
        return FORM_VIEW;
    }

    private String approvePage(long minutesId, Model model) {
        model.addAttribute("candidates", minutes.approvingMeetings(minutesId));
        return actionPage(minutesId, APPROVE_VIEW, model);
    }

    private String actionPage(long minutesId, String view, Model model) {
        MinutesView version = minutes.get(minutesId);
        MeetingView meeting = minutes.meetingOf(minutesId);
        pages.manage(meeting.planId(), model);
        model.addAttribute("minutes", version);
        model.addAttribute("meeting", meeting);
        return view;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformConfig.ZONE));
    }
}

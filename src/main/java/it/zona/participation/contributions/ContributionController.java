package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.space.ParticipationPages;
import it.zona.programme.Priority;
import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's forms on a meeting's page: the needs heard (and taking one into the plan), a new
 * proposal, and the progress notes on the interventions the meeting reviewed.
 */
@Controller
@RequestMapping("/meetings/{meetingId}")
class ContributionController {

    static final String NEED_FORM_VIEW = "participation/heard-need-form";
    static final String NEED_PLAN_VIEW = "participation/heard-need-plan";
    static final String PROPOSAL_FORM_VIEW = "participation/proposal-form";
    static final String PROGRESS_FORM_VIEW = "participation/progress-form";
    static final String DELETE_VIEW = "participation/contribution-delete";

    private final MeetingRegistry meetings;
    private final HeardNeedRegistry needs;
    private final ProposalRegistry proposals;
    private final ProgressRegistry progress;
    private final MeetingInput input;
    private final ParticipationPages pages;

    ContributionController(
            MeetingRegistry meetings,
            HeardNeedRegistry needs,
            ProposalRegistry proposals,
            ProgressRegistry progress,
            MeetingInput input,
            ParticipationPages pages) {
        this.meetings = meetings;
        this.needs = needs;
        this.proposals = proposals;
        this.progress = progress;
        this.input = input;
        this.pages = pages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    // --- Needs heard ---------------------------------------------------------------------------

    @GetMapping("/needs/new")
    String newNeed(@PathVariable long meetingId, Model model) {
        model.addAttribute("form", HeardNeedForm.empty());
        return needPage(meetingId, null, model);
    }

    @PostMapping("/needs/new")
    String recordNeed(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") HeardNeedForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    HeardNeedView recorded = needs.record(meetingId, form);
                    Flash.success(redirect, "heardNeed.recorded", recorded.title());
                    return back(meetingId, "heard-needs");
                },
                () -> needPage(meetingId, null, model));
    }

    @GetMapping("/needs/{needId}/edit")
    String editNeed(@PathVariable long meetingId, @PathVariable long needId, Model model) {
        HeardNeedView need = needs.get(meetingId, needId);
        model.addAttribute("form", need.toForm());
        return needPage(meetingId, need, model);
    }

    @PostMapping("/needs/{needId}/edit")
    String updateNeed(
            @PathVariable long meetingId,
            @PathVariable long needId,
            @Valid @ModelAttribute("form") HeardNeedForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        HeardNeedView need = needs.get(meetingId, needId);
        return Forms.submit(
                errors,
                () -> {
                    needs.update(meetingId, needId, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "heardNeed.updated", form.title());
                    return back(meetingId, "heard-needs");
                },
                () -> needPage(meetingId, need, model));
    }

    @GetMapping("/needs/{needId}/delete")
    String confirmNeedDelete(@PathVariable long meetingId, @PathVariable long needId, Model model) {
        HeardNeedView need = needs.get(meetingId, needId);
        return deletePage(
                meetingId, "heardNeed", need.title(), "/meetings/" + meetingId + "/needs/" + needId + "/delete", model);
    }

    @PostMapping("/needs/{needId}/delete")
    String deleteNeed(@PathVariable long meetingId, @PathVariable long needId, RedirectAttributes redirect) {
        String title = needs.get(meetingId, needId).title();
        Flash.attempt(redirect, () -> needs.delete(meetingId, needId), "heardNeed.deleted", title);
        return back(meetingId, "heard-needs");
    }

    @GetMapping("/needs/{needId}/plan")
    String confirmTakeIntoPlan(@PathVariable long meetingId, @PathVariable long needId, Model model) {
        return planPage(meetingId, needs.get(meetingId, needId), Priority.MEDIUM, "", null, model);
    }

    @PostMapping("/needs/{needId}/plan")
    String takeIntoPlan(
            @PathVariable long meetingId,
            @PathVariable long needId,
            @RequestParam(defaultValue = "MEDIUM") Priority priority,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        HeardNeedView need = needs.get(meetingId, needId);
        try {
            needs.takeIntoPlan(meetingId, needId, priority, reason);
            Flash.success(redirect, "heardNeed.inPlan", need.title());
            return back(meetingId, "heard-needs");
        } catch (DomainException refused) {
            return planPage(meetingId, need, priority, reason, refused, model);
        }
    }

    // --- Proposals -----------------------------------------------------------------------------

    @GetMapping("/proposals/new")
    String newProposal(@PathVariable long meetingId, Model model) {
        model.addAttribute("form", ProposalForm.empty());
        return proposalPage(meetingId, model);
    }

    @PostMapping("/proposals/new")
    String recordProposal(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    ProposalView recorded = proposals.record(meetingId, form);
                    Flash.success(redirect, "proposal.recorded", recorded.title());
                    return back(meetingId, "proposals");
                },
                () -> proposalPage(meetingId, model));
    }

    // --- Progress notes ------------------------------------------------------------------------

    @GetMapping("/progress/new")
    String newNote(@PathVariable long meetingId, Model model) {
        model.addAttribute("form", ProgressNoteForm.empty());
        return progressPage(meetingId, null, model);
    }

    @PostMapping("/progress/new")
    String recordNote(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") ProgressNoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    ProgressNoteView recorded = progress.record(meetingId, form);
                    Flash.success(
                            redirect,
                            "progress.recorded",
                            recorded.intervention().name());
                    return back(meetingId, "progress");
                },
                () -> progressPage(meetingId, null, model));
    }

    @GetMapping("/progress/{noteId}/edit")
    String editNote(@PathVariable long meetingId, @PathVariable long noteId, Model model) {
        ProgressNoteView note = progress.get(meetingId, noteId);
        model.addAttribute("form", note.toForm());
        return progressPage(meetingId, note, model);
    }

    @PostMapping("/progress/{noteId}/edit")
    String updateNote(
            @PathVariable long meetingId,
            @PathVariable long noteId,
            @Valid @ModelAttribute("form") ProgressNoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProgressNoteView note = progress.get(meetingId, noteId);
        return Forms.submit(
                errors,
                () -> {
                    progress.update(meetingId, noteId, form, Versions.ofForm(form.version()));
                    Flash.success(
                            redirect, "progress.updated", note.intervention().name());
                    return back(meetingId, "progress");
                },
                () -> progressPage(meetingId, note, model));
    }

    @GetMapping("/progress/{noteId}/delete")
    String confirmNoteDelete(@PathVariable long meetingId, @PathVariable long noteId, Model model) {
        ProgressNoteView note = progress.get(meetingId, noteId);
        return deletePage(
                meetingId,
                "progress",
                note.intervention().name(),
                "/meetings/" + meetingId + "/progress/" + noteId + "/delete",
                model);
    }

    @PostMapping("/progress/{noteId}/delete")
    String deleteNote(@PathVariable long meetingId, @PathVariable long noteId, RedirectAttributes redirect) {
        String name = progress.get(meetingId, noteId).intervention().name();
        Flash.attempt(redirect, () -> progress.delete(meetingId, noteId), "progress.deleted", name);
        return back(meetingId, "progress");
    }

    // --- Pages ---------------------------------------------------------------------------------

    private MeetingView meeting(long meetingId, Model model) {
        MeetingView meeting = meetings.get(meetingId);
        pages.manage(meeting.planId(), model);
        model.addAttribute("meeting", meeting);
        return meeting;
    }

    private String needPage(long meetingId, HeardNeedView need, Model model) {
        meeting(meetingId, model);
        MeetingFacts found = input.meeting(meetingId);
        model.addAttribute("need", need);
        model.addAttribute("areas", input.areas(found));
        model.addAttribute("organizations", input.organizations(found));
        return NEED_FORM_VIEW;
    }

    private String planPage(
            long meetingId,
            HeardNeedView need,
            Priority priority,
            String reason,
            DomainException refused,
            Model model) {
        meeting(meetingId, model);
        model.addAttribute("need", need);
        model.addAttribute("priority", priority);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("reason", reason);
        model.addAttribute("refusal", refused);
        return NEED_PLAN_VIEW;
    }

    private String proposalPage(long meetingId, Model model) {
        meeting(meetingId, model);
        MeetingFacts found = input.meeting(meetingId);
        model.addAttribute("proposal", null);
        model.addAttribute("areas", input.areas(found));
        model.addAttribute("organizations", input.organizations(found));
        return PROPOSAL_FORM_VIEW;
    }

    private String progressPage(long meetingId, ProgressNoteView note, Model model) {
        meeting(meetingId, model);
        model.addAttribute("note", note);
        model.addAttribute("interventions", note == null ? progress.choices(meetingId) : List.of());
        model.addAttribute("statuses", ProgressStatus.values());
        return PROGRESS_FORM_VIEW;
    }

    private String deletePage(long meetingId, String kind, String name, String action, Model model) {
        meeting(meetingId, model);
        model.addAttribute("kind", kind);
        model.addAttribute("name", name);
        model.addAttribute("action", action);
        model.addAttribute("back", "/meetings/" + meetingId);
        return DELETE_VIEW;
    }

    private static String back(long meetingId, String anchor) {
        return "redirect:/meetings/" + meetingId + "#" + anchor;
    }
}

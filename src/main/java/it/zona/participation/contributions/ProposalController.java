package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.space.ParticipationPages;
import it.zona.plan.PlanPages;
import it.zona.plan.PlanView;
import it.zona.programme.AreaRegistry;
import it.zona.programme.InterventionForm;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionStatus;
import it.zona.programme.InterventionType;
import it.zona.programme.ObjectiveForm;
import it.zona.programme.ObjectiveKind;
import it.zona.programme.ObjectiveRegistry;
import it.zona.programme.ObjectiveView;
import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proposals' pages: the plan's list, each proposal's public page with what became of it, and the
 * office's forms to change an open proposal, answer it or turn it into an objective or intervention.
 */
@Controller
class ProposalController {

    static final String LIST_VIEW = "participation/proposals";
    static final String DETAIL_VIEW = "participation/proposal";
    static final String FORM_VIEW = "participation/proposal-form";
    static final String OUTCOME_VIEW = "participation/proposal-outcome";
    static final String OBJECTIVE_VIEW = "participation/proposal-objective";
    static final String INTERVENTION_VIEW = "participation/proposal-intervention";
    static final String REOPEN_VIEW = "participation/proposal-reopen";

    private final ProposalRegistry proposals;
    private final MeetingRegistry meetings;
    private final MeetingInput input;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;
    private final AreaRegistry areas;
    private final ParticipationPages pages;
    private final PlanPages planPages;

    ProposalController(
            ProposalRegistry proposals,
            MeetingRegistry meetings,
            MeetingInput input,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions,
            AreaRegistry areas,
            ParticipationPages pages,
            PlanPages planPages) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.input = input;
        this.objectives = objectives;
        this.interventions = interventions;
        this.areas = areas;
        this.pages = pages;
        this.planPages = planPages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping("/plans/{planId}/proposals")
    String list(
            @PathVariable long planId,
            @RequestParam(required = false) Long table,
            @RequestParam(required = false) ProposalOutcome outcome,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        pages.read(planId, model);
        model.addAttribute("proposals", proposals.page(planId, table, outcome, page, ProposalRegistry.PAGE_SIZE));
        model.addAttribute("tables", meetings.tableChoices(planId));
        model.addAttribute("outcomes", ProposalOutcome.values());
        model.addAttribute("table", table);
        model.addAttribute("outcome", outcome);
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/proposals/{proposalId}")
    String detail(@PathVariable long proposalId, Model model) {
        ProposalView proposal = proposals.get(proposalId);
        pages.read(proposal.planId(), model);
        model.addAttribute("proposal", proposal);
        return DETAIL_VIEW;
    }

    @GetMapping("/proposals/{proposalId}/edit")
    String edit(@PathVariable long proposalId, Model model) {
        ProposalView proposal = proposals.get(proposalId);
        model.addAttribute("form", proposal.toForm());
        return formPage(proposal, model);
    }

    @PostMapping("/proposals/{proposalId}/edit")
    String update(
            @PathVariable long proposalId,
            @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProposalView proposal = proposals.get(proposalId);
        return Forms.submit(
                errors,
                () -> {
                    proposals.update(proposalId, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "proposal.updated", form.title());
                    return "redirect:/proposals/" + proposalId;
                },
                () -> formPage(proposal, model));
    }

    @GetMapping("/proposals/{proposalId}/delete")
    String confirmDelete(@PathVariable long proposalId, Model model) {
        ProposalView proposal = proposals.get(proposalId);
        manage(proposal, model);
        model.addAttribute("kind", "proposal");
        model.addAttribute("name", proposal.title());
        model.addAttribute("action", "/proposals/" + proposalId + "/delete");
        model.addAttribute("back", "/proposals/" + proposalId);
        return ContributionController.DELETE_VIEW;
    }

    @PostMapping("/proposals/{proposalId}/delete")
    String delete(@PathVariable long proposalId, RedirectAttributes redirect) {
        ProposalView proposal = proposals.get(proposalId);
        try {
            proposals.delete(proposalId);
            Flash.success(redirect, "proposal.deleted", proposal.title());
            return "redirect:/meetings/" + proposal.meetingId() + "#proposals";
        } catch (DomainException refused) {
            Flash.refusal(redirect, refused);
            return "redirect:/proposals/" + proposalId;
        }
    }

    // --- Outcome -------------------------------------------------------------------------------

    @GetMapping("/proposals/{proposalId}/outcome")
    String outcomeForm(@PathVariable long proposalId, Model model) {
        model.addAttribute("form", OutcomeForm.empty());
        return outcomePage(proposals.get(proposalId), model);
    }

    @PostMapping("/proposals/{proposalId}/outcome")
    String answer(
            @PathVariable long proposalId,
            @Valid @ModelAttribute("form") OutcomeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProposalView proposal = proposals.get(proposalId);
        return Forms.submit(
                errors,
                () -> {
                    proposals.answer(proposalId, form);
                    Flash.success(redirect, "proposal.answered", proposal.title());
                    return "redirect:/proposals/" + proposalId;
                },
                () -> outcomePage(proposal, model));
    }

    @GetMapping("/proposals/{proposalId}/reopen")
    String reopenForm(@PathVariable long proposalId, Model model) {
        model.addAttribute("form", new ReopenProposalForm(""));
        manage(proposals.get(proposalId), model);
        return REOPEN_VIEW;
    }

    @PostMapping("/proposals/{proposalId}/reopen")
    String reopen(
            @PathVariable long proposalId,
            @Valid @ModelAttribute("form") ReopenProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProposalView proposal = proposals.get(proposalId);
        return Forms.submit(
                errors,
                () -> {
                    proposals.reopen(proposalId, form);
                    Flash.success(redirect, "proposal.reopened", proposal.title());
                    return "redirect:/proposals/" + proposalId;
                },
                () -> {
                    manage(proposal, model);
                    return REOPEN_VIEW;
                });
    }

    // --- Adoption ------------------------------------------------------------------------------

    @GetMapping("/proposals/{proposalId}/objective")
    String objectiveForm(
            @PathVariable long proposalId, @RequestParam(defaultValue = "GENERAL") ObjectiveKind kind, Model model) {
        ProposalView proposal = proposals.get(proposalId);
        PlanView plan = planPages.edit(proposal.planId(), "", model);
        ObjectiveForm form = kind == ObjectiveKind.GENERAL
                ? new ObjectiveForm(
                        kind, proposal.area().id(), null, null, proposal.title(), proposal.text(), List.of(), null)
                : new ObjectiveForm(
                        kind, null, null, plan.firstYear(), proposal.title(), proposal.text(), List.of(), null);
        model.addAttribute("form", form);
        return objectivePage(proposal, plan, model);
    }

    @PostMapping("/proposals/{proposalId}/objective")
    String adoptAsObjective(
            @PathVariable long proposalId,
            @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        ProposalView proposal = proposals.get(proposalId);
        PlanView plan = planPages.edit(proposal.planId(), reason, model);
        return Forms.submit(
                errors,
                () -> {
                    ProposalView adopted = proposals.adoptAsObjective(proposalId, form, reason);
                    Flash.success(redirect, "proposal.adopted", adopted.title(), adopted.targetTitle());
                    return "redirect:/proposals/" + proposalId;
                },
                () -> objectivePage(proposal, plan, model));
    }

    @GetMapping("/proposals/{proposalId}/intervention")
    String interventionForm(@PathVariable long proposalId, Model model) {
        ProposalView proposal = proposals.get(proposalId);
        PlanView plan = planPages.edit(proposal.planId(), "", model);
        model.addAttribute(
                "form",
                new InterventionForm(
                        null,
                        null,
                        proposal.title(),
                        proposal.text(),
                        InterventionType.SERVICE,
                        "",
                        plan.firstYear(),
                        plan.lastYear(),
                        null,
                        List.of(),
                        true,
                        List.of(),
                        "",
                        InterventionStatus.PLANNED,
                        null));
        return interventionPage(proposal, plan, model);
    }

    @PostMapping("/proposals/{proposalId}/intervention")
    String adoptAsIntervention(
            @PathVariable long proposalId,
            @Valid @ModelAttribute("form") InterventionForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        ProposalView proposal = proposals.get(proposalId);
        PlanView plan = planPages.edit(proposal.planId(), reason, model);
        return Forms.submit(
                errors,
                () -> {
                    ProposalView adopted = proposals.adoptAsIntervention(proposalId, form, reason);
                    Flash.success(redirect, "proposal.adopted", adopted.title(), adopted.targetTitle());
                    return "redirect:/proposals/" + proposalId;
                },
                () -> interventionPage(proposal, plan, model));
    }

    // --- Pages ---------------------------------------------------------------------------------

    private void manage(ProposalView proposal, Model model) {
        pages.manage(proposal.planId(), model);
        model.addAttribute("proposal", proposal);
        model.addAttribute("meeting", meetings.get(proposal.meetingId()));
    }

    private String formPage(ProposalView proposal, Model model) {
        manage(proposal, model);
        MeetingFacts meeting = input.meeting(proposal.meetingId());
        model.addAttribute("areas", input.areas(meeting));
        model.addAttribute("organizations", input.organizations(meeting));
        return FORM_VIEW;
    }

    private String outcomePage(ProposalView proposal, Model model) {
        manage(proposal, model);
        model.addAttribute(
                "answers", List.of(ProposalOutcome.ACCEPTED, ProposalOutcome.MERGED, ProposalOutcome.NOT_ACCEPTED));
        model.addAttribute("objectiveChoices", objectives.list(proposal.planId()));
        model.addAttribute("interventionChoices", interventions.list(proposal.planId()));
        model.addAttribute("proposalChoices", proposals.mergeChoices(proposal.id()));
        return OUTCOME_VIEW;
    }

    private String objectivePage(ProposalView proposal, PlanView plan, Model model) {
        model.addAttribute("proposal", proposal);
        model.addAttribute("areas", areas.areasInOrder(plan.id()));
        model.addAttribute(
                "generals",
                objectives.list(plan.id()).stream()
                        .filter(o -> o.kind() == ObjectiveKind.GENERAL)
                        .toList());
        model.addAttribute("years", plan.years());
        return OBJECTIVE_VIEW;
    }

    private String interventionPage(ProposalView proposal, PlanView plan, Model model) {
        model.addAttribute("proposal", proposal);
        List<ObjectiveView> all = objectives.list(plan.id());
        model.addAttribute("objectiveChoices", all);
        model.addAttribute("types", InterventionType.values());
        model.addAttribute("years", plan.years());
        return INTERVENTION_VIEW;
    }
}

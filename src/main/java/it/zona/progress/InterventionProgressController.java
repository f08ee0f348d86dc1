package it.zona.progress;

import it.zona.plan.PlanPages;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.shared.DomainException;
import it.zona.shared.PlatformConfig;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's forms on an intervention's timeline: an entry added, an entry removed. */
@Controller
@RequestMapping("/plans/{planId}/interventions/{interventionId}/progress")
class InterventionProgressController {

    static final String FORM_VIEW = "progress/entry-form";
    static final String DELETE_VIEW = "progress/delete";

    private final InterventionProgress progress;
    private final InterventionRegistry interventions;
    private final PlanPages pages;
    private final Clock clock;

    InterventionProgressController(
            InterventionProgress progress, InterventionRegistry interventions, PlanPages pages, Clock clock) {
        this.progress = progress;
        this.interventions = interventions;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newEntry(@PathVariable long planId, @PathVariable long interventionId, Model model) {
        page(planId, interventionId, model);
        model.addAttribute("form", ProgressEntryForm.empty(LocalDate.now(clock.withZone(PlatformConfig.ZONE))));
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String add(
            @PathVariable long planId,
            @PathVariable long interventionId,
            @Valid @ModelAttribute("form") ProgressEntryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        InterventionView intervention = page(planId, interventionId, model);
        return Forms.submit(
                errors,
                () -> {
                    progress.add(interventionId, form);
                    Flash.success(redirect, "interventionProgress.added", intervention.title());
                    return "redirect:/plans/" + planId + "/interventions/" + interventionId + "#progress";
                },
                () -> FORM_VIEW);
    }

    @GetMapping("/{entryId}/delete")
    String confirmDelete(
            @PathVariable long planId, @PathVariable long interventionId, @PathVariable long entryId, Model model) {
        page(planId, interventionId, model);
        model.addAttribute("entry", progress.entry(interventionId, entryId));
        return DELETE_VIEW;
    }

    @PostMapping("/{entryId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long interventionId,
            @PathVariable long entryId,
            Model model,
            RedirectAttributes redirect) {
        InterventionView intervention = page(planId, interventionId, model);
        try {
            progress.remove(interventionId, entryId);
        } catch (DomainException refused) {
            Flash.refusal(redirect, refused);
            return "redirect:/plans/" + planId + "/interventions/" + interventionId + "#progress";
        }
        Flash.success(redirect, "interventionProgress.removed", intervention.title());
        return "redirect:/plans/" + planId + "/interventions/" + interventionId + "#progress";
    }

    /** The plan and the intervention in the model, for those who may write the timeline. */
    private InterventionView page(long planId, long interventionId, Model model) {
        pages.read(planId, model);
        InterventionView intervention = interventions.get(planId, interventionId);
        if (!progress.mayWrite(planId)) {
            throw new AccessDeniedException("No leave to write the progress of plan " + planId);
        }
        model.addAttribute("intervention", intervention);
        return intervention;
    }
}

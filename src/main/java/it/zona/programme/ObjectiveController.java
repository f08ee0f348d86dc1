package it.zona.programme;

import it.zona.plan.PlanView;
import it.zona.programme.Positioned.Direction;
import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
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
 * The outline of a plan's objectives: per area, the general objectives in their priority order,
 * each with its specific yearly objectives. The order changes with plain buttons, one place at a time.
 */
@Controller
@RequestMapping("/plans/{planId}/objectives")
class ObjectiveController {

    static final String LIST_VIEW = "programme/objectives";
    static final String FORM_VIEW = "programme/objective-form";

    private final ObjectiveRegistry objectives;
    private final AreaRegistry areas;
    private final NeedRegistry needs;
    private final ProgrammePages pages;
    private final ProgrammeTrace trace;
    private final ObjectProvider<ObjectivePageSection> sections;

    ObjectiveController(
            ObjectiveRegistry objectives,
            AreaRegistry areas,
            NeedRegistry needs,
            ProgrammePages pages,
            ProgrammeTrace trace,
            ObjectProvider<ObjectivePageSection> sections) {
        this.objectives = objectives;
        this.areas = areas;
        this.needs = needs;
        this.pages = pages;
        this.trace = trace;
        this.sections = sections;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping
    String outline(@PathVariable long planId, Model model) {
        pages.read(planId, model);
        model.addAttribute("outline", objectives.outline(planId));
        model.addAttribute("origins", trace.objectiveOrigins(planId));
        model.addAttribute("emptyOrigins", java.util.List.of());
        sections.orderedStream().forEach(section -> section.addTo(planId, model));
        return LIST_VIEW;
    }

    /** One button of the outline: {@code move=<id>:UP} or {@code <id>:DOWN}. */
    @PostMapping("/move")
    String move(
            @PathVariable long planId,
            @RequestParam String move,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        String[] parts = move.split(":", 2);
        long objectiveId;
        Direction direction;
        try {
            objectiveId = Long.parseLong(parts[0]);
            direction = Direction.valueOf(parts.length > 1 ? parts[1] : "");
        } catch (IllegalArgumentException e) {
            return "redirect:/plans/" + planId + "/objectives";
        }
        ObjectiveView objective = objectives.get(planId, objectiveId);
        Flash.attempt(
                redirect,
                () -> objectives.move(planId, objectiveId, direction, reason),
                "objective.moved",
                objective.title());
        return "redirect:/plans/" + planId + "/objectives#objective-" + objectiveId;
    }

    @GetMapping("/new")
    String newObjective(
            @PathVariable long planId,
            @RequestParam(required = false) Long area,
            @RequestParam(required = false) Long parent,
            @RequestParam(required = false) Integer year,
            Model model) {
        model.addAttribute("form", parent == null ? ObjectiveForm.general(area) : ObjectiveForm.specific(parent, year));
        return formPage(planId, null, "", model);
    }

    @PostMapping("/new")
    String create(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    ObjectiveView created = objectives.create(planId, form, reason);
                    Flash.success(redirect, "objective.created", created.title());
                    return "redirect:/plans/" + planId + "/objectives#objective-" + created.id();
                },
                () -> formPage(planId, null, reason, model));
    }

    @GetMapping("/{objectiveId}/edit")
    String edit(@PathVariable long planId, @PathVariable long objectiveId, Model model) {
        ObjectiveView objective = objectives.get(planId, objectiveId);
        model.addAttribute("form", objective.toForm());
        return formPage(planId, objective, "", model);
    }

    @PostMapping("/{objectiveId}/edit")
    String update(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        ObjectiveView objective = objectives.get(planId, objectiveId);
        return Forms.submit(
                errors,
                () -> {
                    ObjectiveView updated =
                            objectives.update(planId, objectiveId, form, Versions.ofForm(form.version()), reason);
                    Flash.success(redirect, "objective.updated", updated.title());
                    return "redirect:/plans/" + planId + "/objectives#objective-" + objectiveId;
                },
                () -> formPage(planId, objective, reason, model));
    }

    @GetMapping("/{objectiveId}/delete")
    String confirmDelete(@PathVariable long planId, @PathVariable long objectiveId, Model model) {
        pages.edit(planId, "", model);
        ObjectiveView objective = objectives.get(planId, objectiveId);
        return pages.delete(
                deletion(planId, objective).heldBy(objectives.heldBy(planId, objectiveId), "error.objective.inUse"),
                model);
    }

    @PostMapping("/{objectiveId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        ObjectiveView objective = objectives.get(planId, objectiveId);
        try {
            objectives.delete(planId, objectiveId, reason);
        } catch (DomainException refused) {
            pages.edit(planId, reason, model);
            return pages.delete(deletion(planId, objective).refused(refused), model);
        }
        Flash.success(redirect, "objective.deleted", objective.title());
        return "redirect:/plans/" + planId + "/objectives";
    }

    private String formPage(long planId, ObjectiveView objective, String reason, Model model) {
        PlanView plan = pages.edit(planId, reason, model);
        model.addAttribute("objective", objective);
        model.addAttribute("areas", areas.areasInOrder(planId));
        model.addAttribute(
                "generals",
                objectives.list(planId).stream()
                        .filter(o -> o.kind() == ObjectiveKind.GENERAL)
                        .toList());
        model.addAttribute("needs", needs.list(planId, null));
        model.addAttribute("years", plan.years());
        return FORM_VIEW;
    }

    private static DeletePage deletion(long planId, ObjectiveView objective) {
        String section = "/plans/" + planId + "/objectives";
        return DeletePage.of(
                objective.title(),
                "objectives",
                section,
                section + "#objective-" + objective.id(),
                section + "/" + objective.id() + "/delete");
    }
}

package it.zona.plan;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.shared.PlatformConfig;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plans of a District: their list for its staff, and each plan's page, which is public once approved. */
@Controller
class PlanController {

    static final String LIST_VIEW = "plan/list";
    static final String FORM_VIEW = "plan/form";
    static final String PLAN_VIEW = "plan/plan";

    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final Clock clock;
    private final List<PlanPageSection> sections;

    PlanController(PlanRegistry plans, DistrictRegistry districts, Clock clock, List<PlanPageSection> sections) {
        this.plans = plans;
        this.districts = districts;
        this.clock = clock;
        this.sections = List.copyOf(sections);
    }

    @PublicPage
    @GetMapping("/districts/{slug}/plans")
    String list(@PathVariable String slug, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute("plans", plans.list(slug));
        return LIST_VIEW;
    }

    @GetMapping("/districts/{slug}/plans/new")
    String createForm(@PathVariable String slug, Model model) {
        model.addAttribute(
                "form",
                PlanForm.empty(
                        LocalDate.now(clock.withZone(PlatformConfig.ZONE)).getYear() + 1));
        return createPage(districts.authorize(slug, DistrictRole.EDITOR), model);
    }

    @PostMapping("/districts/{slug}/plans/new")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    PlanView created = plans.create(slug, form);
                    Flash.success(redirect, "plan.created", created.title());
                    return "redirect:/plans/" + created.id();
                },
                () -> createPage(access, model));
    }

    @PublicPage
    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        PlanView plan = plans.view(id);
        model.addAttribute(
                "transition",
                new TransitionForm(
                        plan.nextStages().stream().findFirst().orElse(null),
                        LocalDate.now(clock.withZone(PlatformConfig.ZONE)),
                        "",
                        null,
                        plan.version()));
        return planPage(plan, model);
    }

    @PostMapping("/plans/{id}/stage")
    String moveTo(
            @PathVariable long id,
            @Valid @ModelAttribute("transition") TransitionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    PlanView moved = plans.moveTo(id, form, form.version() == null ? -1 : form.version());
                    Flash.success(redirect, "plan.stageChanged", Plan.stageName(moved.stage()));
                    return "redirect:/plans/" + id;
                },
                () -> planPage(plans.view(id), model));
    }

    @GetMapping("/plans/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PlanView plan = plans.view(id);
        if (!plans.permissions(id).canEdit()) {
            throw new AccessDeniedException("No leave to change plan " + id);
        }
        model.addAttribute("form", plan.toForm());
        return editPage(plan, "", model);
    }

    @PostMapping("/plans/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    PlanView updated = plans.update(id, form, form.version() == null ? -1 : form.version(), reason);
                    Flash.success(redirect, "plan.updated", updated.title());
                    return "redirect:/plans/" + id;
                },
                () -> editPage(plans.view(id), reason, model));
    }

    private String planPage(PlanView plan, Model model) {
        PlanPermissions can = plans.permissions(plan.id());
        model.addAttribute("plan", plan);
        model.addAttribute("can", can);
        // Without script the form cannot narrow the acts to the stage chosen: it offers those of
        // every next stage, and the move checks the one chosen.
        model.addAttribute(
                "acts",
                can.canMoveStage()
                        ? plan.nextStages().stream()
                                .flatMap(stage -> plans.acts(plan.id(), stage).stream())
                                .distinct()
                                .toList()
                        : List.of());
        sections.forEach(section -> section.addTo(plan, model));
        return PLAN_VIEW;
    }

    private String createPage(DistrictAccess access, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("plan", null);
        model.addAttribute("previousPlans", plans.list(access.slug()));
        return FORM_VIEW;
    }

    private String editPage(PlanView plan, String reason, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("can", plans.permissions(plan.id()));
        model.addAttribute("reason", reason);
        model.addAttribute(
                "previousPlans",
                plans.list(plan.districtSlug()).stream()
                        .filter(p -> p.id() != plan.id())
                        .toList());
        return FORM_VIEW;
    }
}

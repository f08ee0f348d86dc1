package it.zona.programme;

import it.zona.district.DistrictRegistry;
import it.zona.organization.OrganizationRegistry;
import it.zona.plan.PlanView;
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

/** The interventions of a plan: a list to search, filter and sort, each one's page, its form. */
@Controller
@RequestMapping("/plans/{planId}/interventions")
class InterventionController {

    static final String LIST_VIEW = "programme/interventions";
    static final String DETAIL_VIEW = "programme/intervention";
    static final String FORM_VIEW = "programme/intervention-form";

    private final InterventionRegistry interventions;
    private final ObjectiveRegistry objectives;
    private final AreaRegistry areas;
    private final OrganizationRegistry organizations;
    private final DistrictRegistry districts;
    private final ProgrammePages pages;
    private final ProgrammeTrace trace;
    private final ObjectProvider<InterventionPageSection> sections;

    InterventionController(
            InterventionRegistry interventions,
            ObjectiveRegistry objectives,
            AreaRegistry areas,
            OrganizationRegistry organizations,
            DistrictRegistry districts,
            ProgrammePages pages,
            ProgrammeTrace trace,
            ObjectProvider<InterventionPageSection> sections) {
        this.interventions = interventions;
        this.objectives = objectives;
        this.areas = areas;
        this.organizations = organizations;
        this.districts = districts;
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
    String list(
            @PathVariable long planId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InterventionType type,
            @RequestParam(required = false) InterventionStatus status,
            @RequestParam(defaultValue = "area") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PlanView plan = pages.read(planId, model);
        InterventionFilter filter = new InterventionFilter(q, area, year, type, status, null);
        model.addAttribute(
                "interventions", interventions.page(planId, filter, sort, page, InterventionRegistry.PAGE_SIZE));
        model.addAttribute("filtered", !q.isBlank() || area != null || year != null || type != null || status != null);
        model.addAttribute("q", q);
        model.addAttribute("area", area);
        model.addAttribute("year", year);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("sort", sort);
        model.addAttribute("areas", areas.areasInOrder(planId));
        model.addAttribute("years", plan.years());
        model.addAttribute("types", InterventionType.values());
        model.addAttribute("statuses", InterventionStatus.values());
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/{interventionId}")
    String detail(@PathVariable long planId, @PathVariable long interventionId, Model model) {
        pages.read(planId, model);
        InterventionView intervention = interventions.get(planId, interventionId);
        model.addAttribute("intervention", intervention);
        model.addAttribute("origins", trace.interventionOrigins(interventionId));
        model.addAttribute("progress", trace.progress(interventionId));
        sections.orderedStream().forEach(section -> section.addTo(intervention, model));
        return DETAIL_VIEW;
    }

    @GetMapping("/new")
    String newIntervention(@PathVariable long planId, @RequestParam(required = false) Long objective, Model model) {
        PlanView plan = pages.edit(planId, "", model);
        model.addAttribute("form", InterventionForm.empty(objective, plan.firstYear(), plan.lastYear()));
        return formPage(planId, null, "", model);
    }

    @PostMapping("/new")
    String create(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") InterventionForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    InterventionView created = interventions.create(planId, form, reason);
                    Flash.success(redirect, "intervention.created", created.title());
                    return "redirect:/plans/" + planId + "/interventions/" + created.id();
                },
                () -> formPage(planId, null, reason, model));
    }

    @GetMapping("/{interventionId}/edit")
    String edit(@PathVariable long planId, @PathVariable long interventionId, Model model) {
        InterventionView intervention = interventions.get(planId, interventionId);
        model.addAttribute("form", intervention.toForm());
        return formPage(planId, intervention, "", model);
    }

    @PostMapping("/{interventionId}/edit")
    String update(
            @PathVariable long planId,
            @PathVariable long interventionId,
            @Valid @ModelAttribute("form") InterventionForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        InterventionView intervention = interventions.get(planId, interventionId);
        return Forms.submit(
                errors,
                () -> {
                    InterventionView updated =
                            interventions.update(planId, interventionId, form, Versions.ofForm(form.version()), reason);
                    Flash.success(redirect, "intervention.updated", updated.title());
                    return "redirect:/plans/" + planId + "/interventions/" + interventionId;
                },
                () -> formPage(planId, intervention, reason, model));
    }

    @GetMapping("/{interventionId}/delete")
    String confirmDelete(@PathVariable long planId, @PathVariable long interventionId, Model model) {
        pages.edit(planId, "", model);
        InterventionView intervention = interventions.get(planId, interventionId);
        return pages.delete(
                deletion(planId, intervention)
                        .heldBy(interventions.heldBy(planId, interventionId), "error.intervention.inUse"),
                model);
    }

    @PostMapping("/{interventionId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long interventionId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        InterventionView intervention = interventions.get(planId, interventionId);
        try {
            interventions.delete(planId, interventionId, reason);
        } catch (DomainException refused) {
            pages.edit(planId, reason, model);
            return pages.delete(deletion(planId, intervention).refused(refused), model);
        }
        Flash.success(redirect, "intervention.deleted", intervention.title());
        return "redirect:/plans/" + planId + "/interventions";
    }

    private String formPage(long planId, InterventionView intervention, String reason, Model model) {
        PlanView plan = pages.edit(planId, reason, model);
        model.addAttribute("intervention", intervention);
        model.addAttribute("outline", objectives.outline(planId));
        model.addAttribute("targetGroups", areas.targetGroups(planId));
        model.addAttribute("organizations", organizations.all(plan.districtSlug()));
        model.addAttribute("municipalities", districts.view(plan.districtSlug()).municipalities());
        model.addAttribute("years", plan.years());
        model.addAttribute("types", InterventionType.values());
        model.addAttribute("statuses", InterventionStatus.values());
        return FORM_VIEW;
    }

    private static DeletePage deletion(long planId, InterventionView intervention) {
        String section = "/plans/" + planId + "/interventions";
        return DeletePage.of(
                intervention.title(),
                "interventions",
                section,
                section + "/" + intervention.id(),
                section + "/" + intervention.id() + "/delete");
    }
}

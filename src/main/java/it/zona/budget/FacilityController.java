package it.zona.budget;

import it.zona.district.DistrictRegistry;
import it.zona.organization.OrganizationRegistry;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionRegistry;
import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The structural resources of a plan: the facilities its services use. */
@Controller
class FacilityController {

    static final String LIST_VIEW = "budget/facilities";
    static final String FORM_VIEW = "budget/facility-form";
    static final String DELETE_VIEW = "budget/facility-delete";

    private final FacilityRegistry facilities;
    private final BudgetPages pages;
    private final InterventionRegistry interventions;
    private final OrganizationRegistry organizations;
    private final DistrictRegistry districts;

    FacilityController(
            FacilityRegistry facilities,
            BudgetPages pages,
            InterventionRegistry interventions,
            OrganizationRegistry organizations,
            DistrictRegistry districts) {
        this.facilities = facilities;
        this.pages = pages;
        this.interventions = interventions;
        this.organizations = organizations;
        this.districts = districts;
    }

    @PublicPage
    @GetMapping("/plans/{id}/facilities")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("facilities", facilities.list(id));
        pages.read(id, model);
        return LIST_VIEW;
    }

    @GetMapping("/plans/{id}/facilities/new")
    String createForm(@PathVariable long id, Model model) {
        pages.editable(id);
        model.addAttribute("form", FacilityForm.empty());
        return formPage(id, null, "", model);
    }

    @PostMapping("/plans/{id}/facilities/new")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("form") FacilityForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    FacilityView created = facilities.create(id, form, reason);
                    Flash.success(redirect, "facility.created", created.name());
                    return "redirect:/plans/" + id + "/facilities";
                },
                () -> formPage(id, null, reason, model));
    }

    @GetMapping("/plans/{id}/facilities/{facilityId}/edit")
    String editForm(@PathVariable long id, @PathVariable long facilityId, Model model) {
        pages.editable(id);
        FacilityView facility = facilities.get(id, facilityId);
        model.addAttribute("form", facility.toForm());
        return formPage(id, facility, "", model);
    }

    @PostMapping("/plans/{id}/facilities/{facilityId}/edit")
    String update(
            @PathVariable long id,
            @PathVariable long facilityId,
            @Valid @ModelAttribute("form") FacilityForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        FacilityView facility = facilities.get(id, facilityId);
        return Forms.submit(
                errors,
                () -> {
                    facilities.update(id, facilityId, form, form.version() == null ? -1 : form.version(), reason);
                    Flash.success(redirect, "facility.updated", form.name());
                    return "redirect:/plans/" + id + "/facilities";
                },
                () -> formPage(id, facility, reason, model));
    }

    @GetMapping("/plans/{id}/facilities/{facilityId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long facilityId, Model model) {
        pages.editable(id);
        return deletePage(id, facilities.get(id, facilityId), "", null, model);
    }

    @PostMapping("/plans/{id}/facilities/{facilityId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long facilityId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        FacilityView facility = facilities.get(id, facilityId);
        try {
            facilities.delete(id, facilityId, reason);
            Flash.success(redirect, "facility.deleted", facility.name());
            return "redirect:/plans/" + id + "/facilities";
        } catch (DomainException refused) {
            return deletePage(id, facility, reason, refused, model);
        }
    }

    private String formPage(long id, FacilityView facility, String reason, Model model) {
        PlanView plan = pages.read(id, model);
        model.addAttribute("facility", facility);
        model.addAttribute("reason", reason);
        model.addAttribute("municipalities", districts.view(plan.districtSlug()).municipalities());
        model.addAttribute("organizations", organizations.all(plan.districtSlug()));
        model.addAttribute("interventions", interventions.list(id));
        return FORM_VIEW;
    }

    private String deletePage(long id, FacilityView facility, String reason, DomainException refusal, Model model) {
        pages.read(id, model);
        model.addAttribute("facility", facility);
        model.addAttribute("reason", reason);
        model.addAttribute("refusal", refusal);
        return DELETE_VIEW;
    }
}

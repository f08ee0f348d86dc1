package it.zona.budget;

import it.zona.organization.OrganizationRegistry;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionRegistry;
import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
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

/** The human resources of a plan: who works on it, year by year, with the LEPS check on social workers. */
@Controller
class StaffingController {

    static final String LIST_VIEW = "budget/staffing";
    static final String FORM_VIEW = "budget/staffing-form";
    static final String DELETE_VIEW = "budget/staffing-delete";

    private final StaffingRegistry staffing;
    private final BudgetReport report;
    private final BudgetPages pages;
    private final InterventionRegistry interventions;
    private final OrganizationRegistry organizations;

    StaffingController(
            StaffingRegistry staffing,
            BudgetReport report,
            BudgetPages pages,
            InterventionRegistry interventions,
            OrganizationRegistry organizations) {
        this.staffing = staffing;
        this.report = report;
        this.pages = pages;
        this.interventions = interventions;
        this.organizations = organizations;
    }

    @GetMapping("/plans/{id}/staffing")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("rows", staffing.list(id));
        model.addAttribute("leps", report.overview(id).leps());
        pages.read(id, model);
        return LIST_VIEW;
    }

    @GetMapping("/plans/{id}/staffing/new")
    String createForm(@PathVariable long id, Model model) {
        PlanView plan = pages.editable(id);
        model.addAttribute(
                "form", new StaffingForm(plan.firstYear(), ProfessionalRole.SOCIAL_WORKER, "", null, null, null, null));
        return formPage(id, null, "", model);
    }

    @PostMapping("/plans/{id}/staffing/new")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StaffingForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    StaffingView created = staffing.create(id, form, reason);
                    Flash.success(redirect, "staffing.created", String.valueOf(created.year()));
                    return "redirect:/plans/" + id + "/staffing";
                },
                () -> formPage(id, null, reason, model));
    }

    @GetMapping("/plans/{id}/staffing/{rowId}/edit")
    String editForm(@PathVariable long id, @PathVariable long rowId, Model model) {
        pages.editable(id);
        StaffingView row = staffing.get(id, rowId);
        model.addAttribute("form", row.toForm());
        return formPage(id, row, "", model);
    }

    @PostMapping("/plans/{id}/staffing/{rowId}/edit")
    String update(
            @PathVariable long id,
            @PathVariable long rowId,
            @Valid @ModelAttribute("form") StaffingForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        StaffingView row = staffing.get(id, rowId);
        return Forms.submit(
                errors,
                () -> {
                    staffing.update(id, rowId, form, form.version() == null ? -1 : form.version(), reason);
                    Flash.success(redirect, "staffing.updated", String.valueOf(form.year()));
                    return "redirect:/plans/" + id + "/staffing";
                },
                () -> formPage(id, row, reason, model));
    }

    @GetMapping("/plans/{id}/staffing/{rowId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long rowId, Model model) {
        pages.editable(id);
        return deletePage(id, staffing.get(id, rowId), "", null, model);
    }

    @PostMapping("/plans/{id}/staffing/{rowId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long rowId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        StaffingView row = staffing.get(id, rowId);
        try {
            staffing.delete(id, rowId, reason);
            Flash.success(redirect, "staffing.deleted", String.valueOf(row.year()));
            return "redirect:/plans/" + id + "/staffing";
        } catch (DomainException refused) {
            return deletePage(id, row, reason, refused, model);
        }
    }

    private String formPage(long id, StaffingView row, String reason, Model model) {
        PlanView plan = pages.read(id, model);
        model.addAttribute("row", row);
        model.addAttribute("reason", reason);
        model.addAttribute("roles", ProfessionalRole.values());
        model.addAttribute("organizations", organizations.all(plan.districtSlug()));
        model.addAttribute("interventions", interventions.list(id));
        return FORM_VIEW;
    }

    private String deletePage(long id, StaffingView row, String reason, DomainException refusal, Model model) {
        pages.read(id, model);
        model.addAttribute("row", row);
        model.addAttribute("reason", reason);
        model.addAttribute("refusal", refusal);
        return DELETE_VIEW;
    }
}

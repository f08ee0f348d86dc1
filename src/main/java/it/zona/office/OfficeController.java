package it.zona.office;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.organization.PersonRegistry;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planning office and the offices in a District's staff area. Reception hours and closures are
 * added and removed one at a time, with plain forms.
 */
@Controller
@RequestMapping("/districts/{slug}/offices")
class OfficeController {

    static final String LIST_VIEW = "office/list";
    static final String DETAIL_VIEW = "office/detail";
    static final String FORM_VIEW = "office/form";
    static final String DELETE_VIEW = "office/delete";
    static final String PLANNING_OFFICE_VIEW = "office/planning-office";

    private final OfficeRegistry offices;
    private final PersonRegistry people;
    private final DistrictRegistry districts;
    private final MessageSource messages;

    OfficeController(
            OfficeRegistry offices, PersonRegistry people, DistrictRegistry districts, MessageSource messages) {
        this.offices = offices;
        this.people = people;
        this.districts = districts;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute("planningOffice", offices.planningOffice(slug));
        model.addAttribute("offices", offices.list(slug));
        return LIST_VIEW;
    }

    @GetMapping("/planning-office")
    String planningOfficeForm(@PathVariable String slug, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        PlanningOfficeView office = offices.planningOffice(slug);
        model.addAttribute(
                "form",
                office.name() == null
                        ? new PlanningOfficeForm("Ufficio di Piano", "", "", "", "", null, 0L)
                        : office.toForm());
        return planningOfficePage(slug, access, model);
    }

    @PostMapping("/planning-office")
    String savePlanningOffice(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") PlanningOfficeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    offices.updatePlanningOffice(slug, form, form.version() == null ? -1 : form.version());
                    Flash.success(redirect, "planningOffice.saved");
                    return "redirect:/districts/" + slug + "/offices";
                },
                () -> planningOfficePage(slug, access, model));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("slot", new OfficeForm.SlotForm(DayOfWeek.MONDAY, null, null));
        model.addAttribute("closure", new OfficeForm.ClosureForm(null, null, ""));
        return detailPage(slug, id, model);
    }

    @PostMapping("/{id}/hours")
    String addSlot(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("slot") OfficeForm.SlotForm slot,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    offices.addSlot(slug, id, slot, version);
                    Flash.success(redirect, "office.hours.added");
                    return "redirect:/districts/" + slug + "/offices/" + id;
                },
                () -> {
                    model.addAttribute("closure", new OfficeForm.ClosureForm(null, null, ""));
                    return detailPage(slug, id, model);
                });
    }

    @PostMapping("/{id}/hours/{index}/remove")
    String removeSlot(
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable int index,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> offices.removeSlot(slug, id, index, version), "office.hours.removed");
        return "redirect:/districts/" + slug + "/offices/" + id;
    }

    @PostMapping("/{id}/closures")
    String addClosure(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("closure") OfficeForm.ClosureForm closure,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    offices.addClosure(slug, id, closure, version);
                    Flash.success(redirect, "office.closure.added");
                    return "redirect:/districts/" + slug + "/offices/" + id;
                },
                () -> {
                    model.addAttribute("slot", new OfficeForm.SlotForm(DayOfWeek.MONDAY, null, null));
                    return detailPage(slug, id, model);
                });
    }

    @PostMapping("/{id}/closures/{index}/remove")
    String removeClosure(
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable int index,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> offices.removeClosure(slug, id, index, version), "office.closure.removed");
        return "redirect:/districts/" + slug + "/offices/" + id;
    }

    @GetMapping("/new")
    String createForm(@PathVariable String slug, Model model) {
        model.addAttribute("form", OfficeForm.empty());
        return formPage(slug, districts.authorize(slug, DistrictRole.EDITOR), null, model);
    }

    @PostMapping("/new")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") OfficeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    OfficeView created = offices.create(slug, form);
                    Flash.success(redirect, "office.created", created.name());
                    return "redirect:/districts/" + slug + "/offices/" + created.id();
                },
                () -> formPage(slug, access, null, model));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String slug, @PathVariable long id, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        model.addAttribute("form", offices.get(slug, id).toForm());
        return formPage(slug, access, id, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("form") OfficeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    OfficeView updated = offices.update(slug, id, form, form.version() == null ? -1 : form.version());
                    Flash.success(redirect, "office.updated", updated.name());
                    return "redirect:/districts/" + slug + "/offices/" + id;
                },
                () -> formPage(slug, access, id, model));
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.EDITOR));
        model.addAttribute("office", offices.get(slug, id));
        return DELETE_VIEW;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        OfficeView office = offices.get(slug, id);
        offices.delete(slug, id);
        Flash.success(redirect, "office.deleted", office.name());
        return "redirect:/districts/" + slug + "/offices";
    }

    private String detailPage(String slug, long id, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute("office", offices.get(slug, id));
        model.addAttribute("days", DayOfWeek.values());
        return DETAIL_VIEW;
    }

    private String formPage(String slug, DistrictAccess access, Long id, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("id", id);
        model.addAttribute("municipalities", districts.view(slug).municipalities());
        return FORM_VIEW;
    }

    private String planningOfficePage(String slug, DistrictAccess access, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("people", people.all(slug));
        return PLANNING_OFFICE_VIEW;
    }
}

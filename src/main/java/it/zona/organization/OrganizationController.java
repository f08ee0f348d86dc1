package it.zona.organization;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.List;
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

/** The organisations pages of a District's staff area: list, detail, create, edit, delete. */
@Controller
@RequestMapping("/districts/{slug}/organizations")
class OrganizationController {

    static final String LIST_VIEW = "organization/list";
    static final String DETAIL_VIEW = "organization/detail";
    static final String FORM_VIEW = "organization/form";
    static final String DELETE_VIEW = "organization/delete";

    private final OrganizationRegistry organizations;
    private final PersonRegistry people;
    private final DistrictRegistry districts;

    OrganizationController(OrganizationRegistry organizations, PersonRegistry people, DistrictRegistry districts) {
        this.organizations = organizations;
        this.people = people;
        this.districts = districts;
    }

    @GetMapping
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) OrganizationType type,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute(
                "organizations", organizations.page(slug, q, type, sort, page, OrganizationRegistry.PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("sort", sort);
        model.addAttribute("types", OrganizationType.values());
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute("organization", organizations.get(slug, id));
        model.addAttribute("people", people.ofOrganization(slug, id));
        return DETAIL_VIEW;
    }

    @GetMapping("/new")
    String createForm(@PathVariable String slug, Model model) {
        model.addAttribute("form", OrganizationForm.empty());
        return formPage(districts.authorize(slug, DistrictRole.EDITOR), null, model);
    }

    @PostMapping("/new")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    OrganizationView created = organizations.create(slug, form);
                    return saved(redirect, slug, created, "organization.created");
                },
                () -> formPage(access, null, model));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String slug, @PathVariable long id, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        model.addAttribute("form", organizations.get(slug, id).toForm());
        return formPage(access, id, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    OrganizationView updated =
                            organizations.update(slug, id, form, form.version() == null ? -1 : form.version());
                    return saved(redirect, slug, updated, "organization.updated");
                },
                () -> formPage(access, id, model));
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.EDITOR));
        model.addAttribute("organization", organizations.get(slug, id));
        model.addAttribute("holders", organizations.heldBy(slug, id));
        return DELETE_VIEW;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, Model model, RedirectAttributes redirect) {
        OrganizationView organization = organizations.get(slug, id);
        try {
            organizations.delete(slug, id);
        } catch (DomainException refused) {
            model.addAttribute("access", districts.authorize(slug, DistrictRole.EDITOR));
            model.addAttribute("organization", organization);
            model.addAttribute("refusal", refused);
            model.addAttribute("holders", List.of());
            return DELETE_VIEW;
        }
        Flash.success(redirect, "organization.deleted", organization.name());
        return "redirect:/districts/" + slug + "/organizations";
    }

    private static String saved(
            RedirectAttributes redirect, String slug, OrganizationView organization, String message) {
        Flash.success(redirect, message, organization.name());
        return "redirect:/districts/" + slug + "/organizations/" + organization.id();
    }

    private static String formPage(DistrictAccess access, Long id, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("id", id);
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("runtsSections", RuntsSection.values());
        return FORM_VIEW;
    }
}

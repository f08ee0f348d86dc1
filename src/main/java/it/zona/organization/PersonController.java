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

/** The people pages of a District's staff area: list, detail, create, edit, delete. */
@Controller
@RequestMapping("/districts/{slug}/people")
class PersonController {

    static final String LIST_VIEW = "organization/people";
    static final String DETAIL_VIEW = "organization/person";
    static final String FORM_VIEW = "organization/person-form";
    static final String DELETE_VIEW = "organization/person-delete";

    private final PersonRegistry people;
    private final OrganizationRegistry organizations;
    private final DistrictRegistry districts;

    PersonController(PersonRegistry people, OrganizationRegistry organizations, DistrictRegistry districts) {
        this.people = people;
        this.organizations = organizations;
        this.districts = districts;
    }

    @GetMapping
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute("people", people.page(slug, q, organization, page, PersonRegistry.PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("organization", organization);
        model.addAttribute("organizations", organizations.all(slug));
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        PersonView person = people.get(slug, id);
        model.addAttribute("person", person);
        model.addAttribute(
                "organization",
                person.organizationId() == null ? null : organizations.get(slug, person.organizationId()));
        return DETAIL_VIEW;
    }

    @GetMapping("/new")
    String createForm(@PathVariable String slug, @RequestParam(required = false) Long organization, Model model) {
        model.addAttribute("form", new PersonForm("", "", "", "", "", "", organization, "", null));
        return formPage(slug, districts.authorize(slug, DistrictRole.EDITOR), null, model);
    }

    @PostMapping("/new")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    return saved(redirect, slug, people.create(slug, form), "person.created");
                },
                () -> formPage(slug, access, null, model));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String slug, @PathVariable long id, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        model.addAttribute("form", people.get(slug, id).toForm());
        return formPage(slug, access, id, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    PersonView updated = people.update(slug, id, form, form.version() == null ? -1 : form.version());
                    return saved(redirect, slug, updated, "person.updated");
                },
                () -> formPage(slug, access, id, model));
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.EDITOR));
        model.addAttribute("person", people.get(slug, id));
        model.addAttribute("holders", people.heldBy(slug, id));
        return DELETE_VIEW;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, Model model, RedirectAttributes redirect) {
        PersonView person = people.get(slug, id);
        try {
            people.delete(slug, id);
        } catch (DomainException refused) {
            model.addAttribute("access", districts.authorize(slug, DistrictRole.EDITOR));
            model.addAttribute("person", person);
            model.addAttribute("refusal", refused);
            model.addAttribute("holders", List.of());
            return DELETE_VIEW;
        }
        Flash.success(redirect, "person.deleted", person.fullName());
        return "redirect:/districts/" + slug + "/people";
    }

    private static String saved(RedirectAttributes redirect, String slug, PersonView person, String message) {
        Flash.success(redirect, message, person.fullName());
        return "redirect:/districts/" + slug + "/people/" + person.id();
    }

    private String formPage(String slug, DistrictAccess access, Long id, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("id", id);
        model.addAttribute("organizations", organizations.all(slug));
        return FORM_VIEW;
    }
}

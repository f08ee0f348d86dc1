package it.zona.catalogue;

import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.office.OfficeRegistry;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.Versions;
import jakarta.validation.Validator;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The District editors' forms on the catalogue: a new service, a change, a removal after its
 * confirmation page. Refused, for anyone else, before anything is shown or read.
 */
@Controller
class ServiceFormController {

    static final String FORM_VIEW = "catalogue/form";
    static final String DELETE_VIEW = "catalogue/delete";

    private final ServiceCatalogue catalogue;
    private final DistrictRegistry districts;
    private final OfficeRegistry offices;
    private final ServiceCodes codes;
    private final Validator validator;

    ServiceFormController(
            ServiceCatalogue catalogue,
            DistrictRegistry districts,
            OfficeRegistry offices,
            ServiceCodes codes,
            Validator validator) {
        this.catalogue = catalogue;
        this.districts = districts;
        this.offices = offices;
        this.codes = codes;
        this.validator = validator;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/districts/{slug}/services/new")
    String createForm(@PathVariable String slug, Model model) {
        districts.authorize(slug, DistrictRole.EDITOR);
        model.addAttribute("form", ServicePageForm.empty());
        return formPage(slug, null, model);
    }

    @PostMapping("/districts/{slug}/services/new")
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") ServicePageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        districts.authorize(slug, DistrictRole.EDITOR);
        form.check(validator, errors);
        return Forms.submit(
                errors,
                () -> {
                    SocialServiceView created = form.send(service -> catalogue.create(slug, service));
                    Flash.success(redirect, "service.created", created.title());
                    return "redirect:/services/" + created.id();
                },
                () -> formPage(slug, null, model));
    }

    @GetMapping("/services/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        SocialServiceView service = editable(id);
        model.addAttribute("form", ServicePageForm.of(service));
        return formPage(service.districtSlug(), service, model);
    }

    @PostMapping("/services/{id}/edit")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ServicePageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SocialServiceView service = editable(id);
        form.check(validator, errors);
        return Forms.submit(
                errors,
                () -> {
                    SocialServiceView updated =
                            form.send(changed -> catalogue.update(id, changed, Versions.ofForm(form.version())));
                    Flash.success(redirect, "service.updated", updated.title());
                    return "redirect:/services/" + id;
                },
                () -> formPage(service.districtSlug(), service, model));
    }

    @GetMapping("/services/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        SocialServiceView service = editable(id);
        model.addAttribute("service", service);
        model.addAttribute("district", districts.view(service.districtSlug()));
        return DELETE_VIEW;
    }

    @PostMapping("/services/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        SocialServiceView service = catalogue.get(id);
        catalogue.delete(id);
        Flash.success(redirect, "service.deleted", service.title());
        return "redirect:/districts/" + service.districtSlug() + "/services";
    }

    /** The service, once the user is known to be one of its District's editors. */
    private SocialServiceView editable(long id) {
        SocialServiceView service = catalogue.get(id);
        districts.authorize(service.districtSlug(), DistrictRole.EDITOR);
        return service;
    }

    /**
     * The form with its choices: the installation's classification codes, the District's
     * municipalities, offices and running plans' interventions, and what the service already names
     * beyond them.
     */
    private String formPage(String slug, SocialServiceView service, Model model) {
        model.addAttribute("district", districts.view(slug));
        model.addAttribute("service", service);
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("statuses", ServiceStatus.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("offices", offices.list(slug));
        model.addAttribute("serviceCodes", codes.choices(service == null ? null : service.serviceCode()));
        model.addAttribute(
                "fundingChoices",
                catalogue.fundingChoices(slug, service == null ? List.of() : service.interventionIds()));
        return FORM_VIEW;
    }
}

package it.zona.eligibility;

import it.zona.catalogue.ServiceCatalogue;
import it.zona.catalogue.SocialServiceView;
import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityView;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.Versions;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's page for a service's access criteria and ISEE bands: a plain form, for its District's editors. */
@Controller
class CriteriaController {

    static final String VIEW = "eligibility/criteria";

    private final ServiceCriteriaRegistry criteria;
    private final ServiceCatalogue catalogue;
    private final DistrictRegistry districts;

    CriteriaController(ServiceCriteriaRegistry criteria, ServiceCatalogue catalogue, DistrictRegistry districts) {
        this.criteria = criteria;
        this.catalogue = catalogue;
        this.districts = districts;
    }

    @GetMapping("/services/{id}/criteria")
    String form(@PathVariable long id, Model model) {
        SocialServiceView service = catalogue.get(id);
        DistrictAccess access = districts.authorize(service.districtSlug(), DistrictRole.EDITOR);
        CriteriaPageForm.Shown shown = CriteriaPageForm.of(criteria.get(id));
        model.addAttribute("form", shown.form());
        model.addAttribute("complete", shown.complete());
        return page(access, service, model);
    }

    @PostMapping("/services/{id}/criteria")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") CriteriaPageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SocialServiceView service = catalogue.get(id);
        DistrictAccess access = districts.authorize(service.districtSlug(), DistrictRole.EDITOR);
        model.addAttribute("complete", true);
        return Forms.submit(
                errors,
                () -> {
                    form.send(
                            (written, bands) -> criteria.replace(id, written, bands, Versions.ofForm(form.version())));
                    Flash.success(redirect, "criteria.saved", service.title());
                    return "redirect:/services/" + id + "/criteria";
                },
                () -> page(access, service, model));
    }

    private String page(DistrictAccess access, SocialServiceView service, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("service", service);
        List<MunicipalityView> municipalities = districts.view(service.districtSlug()).municipalities().stream()
                .sorted(Comparator.comparing(MunicipalityView::name))
                .toList();
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("kinds", CriterionKind.values());
        model.addAttribute("combinators", Combinator.values());
        model.addAttribute("iseeTypes", IseeType.values());
        model.addAttribute("levels", List.of(Disability.ART3_C1, Disability.ART3_C3));
        model.addAttribute("employments", Employment.values());
        model.addAttribute("bandKinds", BandKind.values());
        return VIEW;
    }
}

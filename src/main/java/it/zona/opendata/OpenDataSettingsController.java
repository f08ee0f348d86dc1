package it.zona.opendata;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The District admin's page for the publisher of its open data: the form, what the catalogue takes
 * by default and what is still missing, and the addresses of the District's catalogue.
 */
@Controller
class OpenDataSettingsController {

    static final String VIEW = "opendata/settings";

    private final OpenDataPublisherRegistry publishers;
    private final DistrictRegistry districts;
    private final InstallationPublisher installation;

    OpenDataSettingsController(
            OpenDataPublisherRegistry publishers, DistrictRegistry districts, InstallationPublisher installation) {
        this.publishers = publishers;
        this.districts = districts;
        this.installation = installation;
    }

    @GetMapping("/districts/{slug}/open-data/settings")
    String form(@PathVariable String slug, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        model.addAttribute("form", publishers.view(slug).toForm());
        return page(slug, access, model);
    }

    @PostMapping("/districts/{slug}/open-data/settings")
    String save(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") OpenDataPublisherForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        return Forms.submit(
                errors,
                () -> {
                    publishers.update(slug, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "opendata.settings.saved");
                    return "redirect:" + OpenDataAddresses.settings(slug);
                },
                () -> page(slug, access, model));
    }

    private String page(String slug, DistrictAccess access, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("publisher", publishers.view(slug));
        model.addAttribute("licences", Licence.values());
        model.addAttribute("catalog", installation.url(OpenDataAddresses.catalog(slug)));
        return VIEW;
    }
}

package it.zona.district;

import it.zona.identity.DistrictRole;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's home of a District and its settings page. */
@Controller
@RequestMapping("/districts/{slug}")
class DistrictController {

    static final String MANAGE_VIEW = "district/manage";
    static final String SETTINGS_VIEW = "district/settings";

    private final DistrictRegistry districts;

    DistrictController(DistrictRegistry districts) {
        this.districts = districts;
    }

    @GetMapping("/manage")
    String manage(@PathVariable String slug, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute("district", districts.view(slug));
        return MANAGE_VIEW;
    }

    @GetMapping("/settings")
    String settingsForm(@PathVariable String slug, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        DistrictView district = districts.view(slug);
        model.addAttribute(
                "form",
                new DistrictDetails(
                        district.name(),
                        district.legalForm(),
                        district.leadMunicipality() == null
                                ? null
                                : district.leadMunicipality().istatCode(),
                        district.description(),
                        district.email(),
                        district.pec(),
                        district.phone(),
                        district.website(),
                        district.version()));
        return settingsPage(access, district, model);
    }

    @PostMapping("/settings")
    String saveSettings(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") DistrictDetails form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        return Forms.submit(
                errors,
                () -> {
                    districts.update(slug, form, form.version() == null ? -1 : form.version());
                    Flash.success(redirect, "district.settings.saved");
                    return "redirect:/districts/" + slug + "/manage";
                },
                () -> settingsPage(access, districts.view(slug), model));
    }

    private static String settingsPage(DistrictAccess access, DistrictView district, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("district", district);
        model.addAttribute("legalForms", LegalForm.values());
        return SETTINGS_VIEW;
    }
}

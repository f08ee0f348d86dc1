package it.zona.district;

import it.zona.identity.Access;
import it.zona.shared.web.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A platform admin creates a District and its first admin. The answer shows the admin's temporary
 * password once; more municipalities are added afterwards from the District's own pages.
 */
@Controller
@RequestMapping("/admin/districts/new")
class DistrictCreationController {

    static final String VIEW = "district/new";
    static final String CREATED_VIEW = "district/created";

    private final DistrictRegistry districts;
    private final Access access;

    DistrictCreationController(DistrictRegistry districts, Access access) {
        this.districts = districts;
        this.access = access;
    }

    record NewDistrictForm(
            @NotBlank
            @Size(min = 3, max = 60)
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug}")
            String slug,

            @NotBlank @Size(max = 200) String name,
            @NotNull LegalForm legalForm,

            @NotBlank @Pattern(regexp = "\\d{6}", message = "{validation.istatCode}")
            String leadMunicipality,

            @NotBlank
            @Size(min = 3, max = 60)
            @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]*", message = "{validation.username}")
            String adminUsername,

            @NotBlank @Size(max = 200) String adminDisplayName,
            @Email @Size(max = 254) String adminEmail) {

        NewDistrict toCommand() {
            return new NewDistrict(
                    slug,
                    name,
                    legalForm,
                    leadMunicipality,
                    List.of(),
                    null,
                    new NewDistrict.FirstAdmin(adminUsername, adminDisplayName, adminEmail));
        }
    }

    @GetMapping
    String form(Model model) {
        access.requirePlatformAdmin();
        model.addAttribute("form", new NewDistrictForm("", "", null, "", "", "", ""));
        return page(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewDistrictForm form, BindingResult errors, Model model) {
        access.requirePlatformAdmin();
        return Forms.submit(
                errors,
                () -> {
                    model.addAttribute("created", districts.create(form.toCommand()));
                    return CREATED_VIEW;
                },
                () -> page(model));
    }

    private static String page(Model model) {
        model.addAttribute("legalForms", LegalForm.values());
        return VIEW;
    }
}

package it.zona.sitting;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityView;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A governing body's quorum and majority rules in the District's staff area: its staff read them,
 * its editors change them. Everyone reads them on the body's sittings.
 */
@Controller
@RequestMapping("/districts/{slug}/governing-bodies/{bodyId}/quorum-rules")
class QuorumRulesController {

    static final String VIEW = "sitting/quorum-rules";

    private final QuorumRuleBook rules;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;

    QuorumRulesController(QuorumRuleBook rules, DistrictRegistry districts, GovernanceRegistry governance) {
        this.rules = rules;
        this.districts = districts;
        this.governance = governance;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String show(@PathVariable String slug, @PathVariable long bodyId, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.VIEWER);
        DistrictView district = districts.view(slug);
        model.addAttribute("form", QuorumRulesPageForm.of(rules.view(slug, bodyId), district.municipalities()));
        return page(access, district, bodyId, model);
    }

    @PostMapping
    String change(
            @PathVariable String slug,
            @PathVariable long bodyId,
            @Valid @ModelAttribute("form") QuorumRulesPageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        DistrictView district = districts.view(slug);
        Set<String> municipalities = district.municipalities().stream()
                .map(MunicipalityView::istatCode)
                .collect(Collectors.toSet());
        form.checkRows(errors, municipalities);
        return Forms.submit(
                errors,
                () -> {
                    form.send(changed -> rules.change(slug, bodyId, changed, Versions.ofForm(form.version())));
                    Flash.success(redirect, "quorum.changed");
                    return "redirect:/districts/" + slug + "/governing-bodies/" + bodyId + "/quorum-rules";
                },
                () -> page(access, district, bodyId, model));
    }

    private String page(DistrictAccess access, DistrictView district, long bodyId, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("district", district);
        model.addAttribute("body", governance.get(district.slug(), bodyId));
        model.addAttribute("rules", rules.view(district.slug(), bodyId));
        model.addAttribute("shares", Share.values());
        model.addAttribute("bases", WeightBasis.values());
        return VIEW;
    }
}

package it.zona.district;

import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityRegistry;
import it.zona.municipality.MunicipalityView;
import it.zona.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member municipalities of a District: search the national list and add, choose the lead,
 * remove (after a confirmation page). Plain links and forms: it works without JavaScript.
 */
@Controller
@RequestMapping("/districts/{slug}/municipalities")
class MemberMunicipalitiesController {

    static final String VIEW = "district/municipalities";
    static final String CONFIRM_REMOVE_VIEW = "district/municipality-remove";

    private final DistrictRegistry districts;
    private final MunicipalityRegistry catalog;

    MemberMunicipalitiesController(DistrictRegistry districts, MunicipalityRegistry catalog) {
        this.districts = districts;
        this.catalog = catalog;
    }

    @GetMapping
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute("district", districts.view(slug));
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            model.addAttribute("results", catalog.search(q, page, 10));
        }
        return VIEW;
    }

    @PostMapping
    String add(@PathVariable String slug, @RequestParam String istatCode, RedirectAttributes redirect) {
        Flash.attempt(
                redirect,
                () -> districts.addMunicipality(slug, istatCode),
                "district.municipalities.added",
                name(istatCode));
        return backToList(slug);
    }

    @PostMapping("/{istatCode}/lead")
    String makeLead(@PathVariable String slug, @PathVariable String istatCode, RedirectAttributes redirect) {
        Flash.attempt(
                redirect,
                () -> districts.makeLead(slug, istatCode),
                "district.municipalities.leadChanged",
                name(istatCode));
        return backToList(slug);
    }

    @GetMapping("/{istatCode}/remove")
    String confirmRemove(@PathVariable String slug, @PathVariable String istatCode, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.ADMIN));
        model.addAttribute("municipality", catalog.require(istatCode));
        return CONFIRM_REMOVE_VIEW;
    }

    @PostMapping("/{istatCode}/remove")
    String remove(@PathVariable String slug, @PathVariable String istatCode, RedirectAttributes redirect) {
        Flash.attempt(
                redirect,
                () -> districts.removeMunicipality(slug, istatCode),
                "district.municipalities.removed",
                name(istatCode));
        return backToList(slug);
    }

    private static String backToList(String slug) {
        return "redirect:/districts/" + slug + "/municipalities";
    }

    private String name(String istatCode) {
        return catalog.find(istatCode).map(MunicipalityView::name).orElse(istatCode);
    }
}

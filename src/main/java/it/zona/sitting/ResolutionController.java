package it.zona.sitting;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.shared.Markdown;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.PublicPages;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The resolutions' public pages: a District's resolutions, searched by title and filtered by body
 * and year, and each resolution with the sitting it was adopted at and what it amends or revokes,
 * or what amended or revoked it.
 */
@Controller
class ResolutionController {

    static final String LIST_VIEW = "sitting/resolutions";
    static final String DETAIL_VIEW = "sitting/resolution";

    private final ResolutionRegistry resolutions;
    private final SittingRegistry sittings;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;

    ResolutionController(
            ResolutionRegistry resolutions,
            SittingRegistry sittings,
            DistrictRegistry districts,
            GovernanceRegistry governance) {
        this.resolutions = resolutions;
        this.sittings = sittings;
        this.districts = districts;
        this.governance = governance;
    }

    @PublicPage
    @GetMapping("/districts/{slug}/resolutions")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) Long body,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DistrictView district = districts.view(slug);
        PublicPages.about(district.id());
        model.addAttribute("district", district);
        model.addAttribute("bodies", governance.list(slug));
        model.addAttribute("body", body);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("filtered", body != null || year != null || !q.isBlank());
        model.addAttribute("resolutions", resolutions.search(slug, body, year, q, page, ResolutionRegistry.PAGE_SIZE));
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/resolutions/{resolutionId}")
    String detail(@PathVariable long resolutionId, Model model) {
        ResolutionView resolution = resolutions.get(resolutionId);
        long districtId = sittings.find(resolution.sittingId()).districtId();
        DistrictView district =
                districts.view(districts.refs(List.of(districtId)).get(0).slug());
        PublicPages.about(district.id());
        model.addAttribute("district", district);
        model.addAttribute("resolution", resolution);
        model.addAttribute("sitting", sittings.get(resolution.sittingId()));
        model.addAttribute("textHtml", Markdown.html(resolution.text(), resolution.title()));
        return DETAIL_VIEW;
    }
}

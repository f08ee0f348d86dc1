package it.zona.portal;

import it.zona.shared.PlatformConfig;
import it.zona.shared.web.PublicPage;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A District's public page: who it is, its municipalities, its bodies and where to find its offices. */
@Controller
class PublicDistrictController {

    static final String VIEW = "portal/district";

    private final PublicDistricts publicDistricts;
    private final Clock clock;

    PublicDistrictController(PublicDistricts publicDistricts, Clock clock) {
        this.publicDistricts = publicDistricts;
        this.clock = clock;
    }

    @PublicPage
    @GetMapping("/districts/{slug}")
    String district(@PathVariable String slug, Model model) {
        model.addAttribute("page", publicDistricts.page(slug));
        model.addAttribute("today", LocalDate.now(clock.withZone(PlatformConfig.ZONE)));
        return VIEW;
    }
}

package it.zona.portal;

import it.zona.district.DistrictRegistry;
import it.zona.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: the Districts of the installation, a page at a time, found by their name or the
 * name of one of their municipalities, province or region (a national installation has hundreds).
 */
@Controller
class HomeController {

    static final String VIEW = "portal/home";
    static final int PAGE_SIZE = 24;

    private final DistrictRegistry districts;

    HomeController(DistrictRegistry districts) {
        this.districts = districts;
    }

    @PublicPage
    @GetMapping("/")
    String home(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", query.strip());
        model.addAttribute("districts", districts.search(query, page, PAGE_SIZE));
        return VIEW;
    }
}

package it.zona.portal;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.shared.PageView;
import it.zona.shared.web.PublicPage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
        String wanted = query.strip().toLowerCase(Locale.ITALIAN);
        List<DistrictView> found = districts.list().stream()
                .filter(d -> wanted.isEmpty() || matches(d, wanted))
                .toList();
        model.addAttribute("q", query.strip());
        model.addAttribute("districts", PageView.slice(found, page, PAGE_SIZE));
        return VIEW;
    }

    private static boolean matches(DistrictView district, String wanted) {
        return Stream.of(
                        Stream.of(district.name()),
                        district.municipalities().stream().map(m -> m.name()),
                        district.provinces().stream(),
                        district.regions().stream())
                .flatMap(s -> s)
                .anyMatch(
                        text -> text != null && text.toLowerCase(Locale.ITALIAN).contains(wanted));
    }
}

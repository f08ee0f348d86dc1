package it.zona.portal;

import it.zona.district.DistrictRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final String VIEW = "portal/home";

    private final DistrictRegistry districts;

    HomeController(DistrictRegistry districts) {
        this.districts = districts;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("districts", districts.list());
        return VIEW;
    }
}

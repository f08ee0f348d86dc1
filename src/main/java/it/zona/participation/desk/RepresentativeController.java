package it.zona.participation.desk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page of a person who sits at the tables: their seats, meetings, minutes and proposals. */
@Controller
class RepresentativeController {

    static final String VIEW = "participation/mine";

    private final RepresentativeDesk desk;

    RepresentativeController(RepresentativeDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/my/participation")
    String mine(Model model) {
        model.addAttribute("overview", desk.overview());
        return VIEW;
    }
}

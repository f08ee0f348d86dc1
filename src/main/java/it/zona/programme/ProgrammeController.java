package it.zona.programme;

import it.zona.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The programma attuativo of one year of a plan: the interventions active in it, area by area. */
@Controller
class ProgrammeController {

    static final String YEAR_VIEW = "programme/year";

    private final Programme programme;
    private final ProgrammePages pages;

    ProgrammeController(Programme programme, ProgrammePages pages) {
        this.programme = programme;
        this.pages = pages;
    }

    @PublicPage
    @GetMapping("/plans/{planId}/programme/{year}")
    String year(@PathVariable long planId, @PathVariable int year, Model model) {
        pages.read(planId, model);
        model.addAttribute("programme", programme.year(planId, year));
        model.addAttribute("year", year);
        return YEAR_VIEW;
    }
}

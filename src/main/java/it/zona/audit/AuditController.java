package it.zona.audit;

import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    static final String VIEW = "audit/log";

    private final AuditLog log;
    private final DistrictRegistry districts;

    AuditController(AuditLog log, DistrictRegistry districts) {
        this.log = log;
        this.districts = districts;
    }

    @GetMapping("/districts/{slug}/audit")
    String page(
            @PathVariable String slug,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String user,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.ADMIN));
        model.addAttribute("entries", log.page(slug, entity, user, page, AuditLog.PAGE_SIZE));
        model.addAttribute("filters", log.filters(slug));
        model.addAttribute("entity", entity);
        model.addAttribute("user", user);
        return VIEW;
    }
}

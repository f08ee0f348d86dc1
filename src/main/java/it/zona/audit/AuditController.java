package it.zona.audit;

import it.zona.district.DistrictRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    static final String VIEW = "audit/log";
    static final String VERIFICATION_VIEW = "audit/verification";

    private final AuditLog log;
    private final AuditVerification verification;
    private final DistrictRegistry districts;
    private final Access access;

    AuditController(AuditLog log, AuditVerification verification, DistrictRegistry districts, Access access) {
        this.log = log;
        this.verification = verification;
        this.districts = districts;
        this.access = access;
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
        model.addAttribute("platformAdmin", access.isPlatformAdmin());
        return VIEW;
    }

    /** Runs the check on every visit: it only reads, and a stale answer would be worse than a slow one. */
    @GetMapping("/audit/verification")
    String verification(Model model) {
        model.addAttribute("result", verification.verify());
        return VERIFICATION_VIEW;
    }
}

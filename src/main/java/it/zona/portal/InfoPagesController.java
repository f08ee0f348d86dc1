package it.zona.portal;

import it.zona.shared.web.PublicPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages the footer links to, as every Italian public site has them. */
@Controller
class InfoPagesController {

    private final String accessibilityStatementUrl;

    InfoPagesController(@Value("${zona.accessibility-statement-url:}") String accessibilityStatementUrl) {
        this.accessibilityStatementUrl = accessibilityStatementUrl;
    }

    @PublicPage
    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("statementUrl", accessibilityStatementUrl.isBlank() ? null : accessibilityStatementUrl);
        return "portal/accessibility";
    }

    @PublicPage
    @GetMapping("/privacy")
    String privacy() {
        return "portal/privacy";
    }

    @PublicPage
    @GetMapping("/legal-notes")
    String legalNotes() {
        return "portal/legal-notes";
    }
}

package it.zona.agreement;

import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parties' personal links: the office's button that sends one, and the page of a link, where a
 * party without an account downloads the frozen agreement and uploads its own signed file. The token
 * in the address is the credential and says which party; a link that is not, or no longer, valid is
 * a page that says why.
 */
@Controller
class PartyLinkController {

    static final String PAGE_VIEW = "agreement/link";
    static final String SIGNED_VIEW = "agreement/link-signed";

    private final SigningLinks links;

    PartyLinkController(SigningLinks links) {
        this.links = links;
    }

    /** Sends the party a new link; the earlier one stops working. */
    @PostMapping("/plans/{planId}/agreement/parties/{partyId}/link")
    String send(@PathVariable long planId, @PathVariable long partyId, RedirectAttributes redirect) {
        try {
            SigningLinks.Sent sent = links.send(planId, partyId);
            Flash.success(redirect, "agreement.link.sent", sent.sentTo(), SigningLinks.VALID_DAYS);
        } catch (DomainException refused) {
            Flash.refusal(redirect, refused);
        }
        return AgreementPages.redirectTo(planId);
    }

    @GetMapping("/agreement-links/{token}")
    String page(@PathVariable String token, Model model, HttpServletRequest request) {
        SigningLinks.Page page = links.page(token);
        withSession(request);
        model.addAttribute("form", new SignedFileForm(null));
        return page(page, token, model);
    }

    @PostMapping("/agreement-links/{token}")
    String sign(
            @PathVariable String token,
            @ModelAttribute("form") SignedFileForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        SigningLinks.Page page = links.page(token);
        withSession(request);
        form.checkChosen(errors);
        String view = Forms.submit(
                errors,
                () -> {
                    SigningLinks.Signed signed = links.sign(token, form.name(), form.content());
                    model.addAttribute("page", signed.page());
                    model.addAttribute("signature", signed.kept());
                    model.addAttribute("token", token);
                    return SIGNED_VIEW;
                },
                () -> page(page, token, model));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return view;
    }

    /**
     * The visitor has no account, hence often no session yet: the form's CSRF token is kept in one,
     * which must exist before the page starts to be written out, the form being far down the page.
     */
    private static void withSession(HttpServletRequest request) {
        request.getSession();
    }

    private static String page(SigningLinks.Page page, String token, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("token", token);
        model.addAttribute("maxMegabytes", AgreementRegistry.MAX_FILE_BYTES / (1024 * 1024));
        return PAGE_VIEW;
    }
}

package it.zona.agreement;

import it.zona.shared.NotFoundException;
import it.zona.shared.web.FileResponses;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import java.util.Comparator;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parties' signed files: the office's form that uploads one (validated as it comes in, refused
 * with DSS's reason and not kept when it fails), each kept file's page with what DSS found, and the
 * file and DSS's reports as they were issued.
 */
@Controller
class SignatureController {

    static final String SIGN_VIEW = "agreement/sign";
    static final String SIGNATURE_VIEW = "agreement/signature";

    private final AgreementRegistry agreements;
    private final AgreementPages pages;

    SignatureController(AgreementRegistry agreements, AgreementPages pages) {
        this.agreements = agreements;
        this.pages = pages;
    }

    @GetMapping("/plans/{planId}/agreement/parties/{partyId}/sign")
    String signForm(@PathVariable long planId, @PathVariable long partyId, Model model) {
        AgreementView agreement = pages.edit(planId, model);
        model.addAttribute("form", new SignedFileForm(null));
        return signPage(agreement, partyId, model);
    }

    @PostMapping("/plans/{planId}/agreement/parties/{partyId}/sign")
    String sign(
            @PathVariable long planId,
            @PathVariable long partyId,
            @ModelAttribute("form") SignedFileForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgreementView agreement = pages.edit(planId, model);
        form.checkChosen(errors);
        return Forms.submit(
                errors,
                () -> {
                    AgreementView signed = agreements.sign(planId, partyId, form.name(), form.content());
                    AgreementView.SignatureView kept = AgreementPages.party(signed, partyId).signatures().stream()
                            .max(Comparator.comparingLong(AgreementView.SignatureView::id))
                            .orElseThrow();
                    Flash.success(
                            redirect,
                            kept.indication() == Indication.PASSED
                                    ? "agreement.sign.passed"
                                    : "agreement.sign.indeterminate",
                            kept.fileName());
                    return "redirect:/plans/" + planId + "/agreement/signatures/" + kept.id();
                },
                () -> signPage(agreement, partyId, model));
    }

    @PublicPage
    @GetMapping("/plans/{planId}/agreement/signatures/{signatureId}")
    String signature(@PathVariable long planId, @PathVariable long signatureId, Model model) {
        AgreementView agreement = pages.existing(planId, model);
        for (AgreementView.PartyView party : agreement.parties()) {
            for (AgreementView.SignatureView signature : party.signatures()) {
                if (signature.id() == signatureId) {
                    model.addAttribute("party", party);
                    model.addAttribute("signature", signature);
                    return SIGNATURE_VIEW;
                }
            }
        }
        throw new NotFoundException("error.signature.notFound", signatureId);
    }

    /** A kept file as it was uploaded; for the staff of a plan not yet public too, unlike the API. */
    @GetMapping("/plans/{planId}/agreement/signatures/{signatureId}/file")
    ResponseEntity<byte[]> file(@PathVariable long planId, @PathVariable long signatureId) {
        AgreementRegistry.StoredFile file = agreements.signedFile(planId, signatureId);
        return FileResponses.stored(
                file.name(), MediaType.parseMediaType(file.mediaType()), file.sha256(), file.content());
    }

    /** DSS's simple report of a kept file, or its detailed one, as issued. */
    @GetMapping("/plans/{planId}/agreement/signatures/{signatureId}/report")
    ResponseEntity<String> report(
            @PathVariable long planId,
            @PathVariable long signatureId,
            @RequestParam(defaultValue = "false") boolean detailed) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .body(agreements.report(planId, signatureId, detailed));
    }

    private String signPage(AgreementView agreement, long partyId, Model model) {
        model.addAttribute("party", AgreementPages.party(agreement, partyId));
        model.addAttribute("maxMegabytes", AgreementRegistry.MAX_FILE_BYTES / (1024 * 1024));
        return SIGN_VIEW;
    }
}

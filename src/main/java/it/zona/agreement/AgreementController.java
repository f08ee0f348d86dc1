package it.zona.agreement;

import it.zona.shared.Markdown;
import it.zona.shared.NotFoundException;
import it.zona.shared.web.FileResponses;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.VersionForm;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agreement's public page (status, articles, parties and their signatures, the anchors they are
 * checked against) and the office's forms to draft its text and to freeze it for signing; the
 * frozen PDF/A, for who may read the plan.
 */
@Controller
class AgreementController {

    static final String PAGE_VIEW = "agreement/agreement";
    static final String FORM_VIEW = "agreement/form";
    static final String FREEZE_VIEW = "agreement/freeze";

    private final AgreementRegistry agreements;
    private final AgreementPages pages;
    private final SigningLinks links;

    AgreementController(AgreementRegistry agreements, AgreementPages pages, SigningLinks links) {
        this.agreements = agreements;
        this.pages = pages;
        this.links = links;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping("/plans/{planId}/agreement")
    String agreement(@PathVariable long planId, Model model) {
        AgreementView agreement = pages.read(planId, model).orElse(null);
        // The office finds here how to draft the agreement; for everyone else there is none to read.
        if (agreement == null && !agreements.editable(planId)) {
            throw new NotFoundException("error.agreement.notFound", planId);
        }
        model.addAttribute("textHtml", agreement == null ? null : Markdown.html(agreement.text(), agreement.title()));
        boolean attaching =
                agreement != null && agreement.status() == AgreementStatus.DRAFT && agreements.editable(planId);
        model.addAttribute("attachable", attaching ? agreements.attachable(planId) : List.of());
        // When each party's personal link went, for the office only.
        boolean signing =
                agreement != null && agreement.status() != AgreementStatus.DRAFT && agreements.editable(planId);
        model.addAttribute("partyLinks", signing ? links.sent(planId) : Map.of());
        if (!model.containsAttribute("attachment")) {
            model.addAttribute("attachment", new AttachmentForm(null, agreement == null ? null : agreement.version()));
        }
        return PAGE_VIEW;
    }

    @PostMapping("/plans/{planId}/agreement/attachments")
    String attach(
            @PathVariable long planId,
            @Valid @ModelAttribute("attachment") AttachmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        agreements.authorizeChange(planId);
        return Forms.submit(
                errors,
                () -> {
                    agreements.attach(planId, form.documentId(), Versions.ofForm(form.version()));
                    Flash.success(redirect, "agreement.attached");
                    return AgreementPages.redirectTo(planId);
                },
                () -> agreement(planId, model));
    }

    @PostMapping("/plans/{planId}/agreement/attachments/{documentId}/removal")
    String detach(
            @PathVariable long planId,
            @PathVariable long documentId,
            @ModelAttribute("form") VersionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        agreements.authorizeChange(planId);
        return Forms.submit(
                errors,
                () -> {
                    agreements.detach(planId, documentId, Versions.ofForm(form.version()));
                    Flash.success(redirect, "agreement.detached");
                    return AgreementPages.redirectTo(planId);
                },
                () -> agreement(planId, model));
    }

    @GetMapping("/plans/{planId}/agreement/new")
    String draftForm(@PathVariable long planId, Model model) {
        pages.draft(planId, model);
        if (agreements.ofPlan(planId).isPresent()) {
            return AgreementPages.redirectTo(planId);
        }
        model.addAttribute("form", new AgreementForm("", "", null));
        return FORM_VIEW;
    }

    @PostMapping("/plans/{planId}/agreement/new")
    String draft(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        pages.draft(planId, model);
        return Forms.submit(
                errors,
                () -> {
                    agreements.create(planId, form);
                    Flash.success(redirect, "agreement.drafted");
                    return AgreementPages.redirectTo(planId);
                },
                () -> FORM_VIEW);
    }

    @GetMapping("/plans/{planId}/agreement/edit")
    String editForm(@PathVariable long planId, Model model) {
        AgreementView agreement = pages.edit(planId, model);
        model.addAttribute("form", new AgreementForm(agreement.title(), agreement.text(), agreement.version()));
        return FORM_VIEW;
    }

    @PostMapping("/plans/{planId}/agreement/edit")
    String update(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        pages.edit(planId, model);
        return Forms.submit(
                errors,
                () -> {
                    agreements.update(planId, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "agreement.updated");
                    return AgreementPages.redirectTo(planId);
                },
                () -> FORM_VIEW);
    }

    /** The confirmation page before freezing: from then on the text and the signatories are fixed. */
    @GetMapping("/plans/{planId}/agreement/freeze")
    String confirmFreeze(@PathVariable long planId, Model model) {
        AgreementView agreement = pages.edit(planId, model);
        model.addAttribute("form", new VersionForm(agreement.version()));
        return FREEZE_VIEW;
    }

    @PostMapping("/plans/{planId}/agreement/freeze")
    String freeze(
            @PathVariable long planId,
            @ModelAttribute("form") VersionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        pages.edit(planId, model);
        return Forms.submit(
                errors,
                () -> {
                    agreements.freeze(planId, Versions.ofForm(form.version()));
                    Flash.success(redirect, "agreement.frozen");
                    return AgreementPages.redirectTo(planId);
                },
                () -> FREEZE_VIEW);
    }

    /** The frozen PDF/A as the parties sign it; for the staff of a plan not yet public too, unlike the API. */
    @GetMapping("/plans/{planId}/agreement.pdf")
    ResponseEntity<byte[]> document(@PathVariable long planId) {
        AgreementRegistry.StoredFile file = agreements.frozenDocument(planId);
        return FileResponses.stored(file.name(), MediaType.APPLICATION_PDF, file.sha256(), file.content());
    }
}

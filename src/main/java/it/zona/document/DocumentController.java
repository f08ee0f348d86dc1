package it.zona.document;

import it.zona.plan.PlanPages;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan document as a page and as PDF/A (full and Sintesi), and its official versions. Anyone
 * reads them once the plan is approved, the District's staff before, as the plan's own page.
 */
@Controller
class DocumentController {

    static final String DOCUMENT_VIEW = "document/document";
    static final String ARCHIVE_VIEW = "document/archive";

    private final PlanDocumentAssembler documents;
    private final DocumentArchive archive;
    private final PlanPages pages;

    DocumentController(PlanDocumentAssembler documents, DocumentArchive archive, PlanPages pages) {
        this.documents = documents;
        this.archive = archive;
        this.pages = pages;
    }

    @PublicPage
    @GetMapping("/plans/{id}/document")
    String document(@PathVariable long id, Model model) {
        return documentPage(id, DocumentKind.FULL, model);
    }

    @PublicPage
    @GetMapping("/plans/{id}/summary")
    String summary(@PathVariable long id, Model model) {
        return documentPage(id, DocumentKind.SUMMARY, model);
    }

    @GetMapping("/plans/{id}/document.pdf")
    ResponseEntity<byte[]> documentPdf(@PathVariable long id) {
        return pdf(id, DocumentKind.FULL);
    }

    @GetMapping("/plans/{id}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable long id) {
        return pdf(id, DocumentKind.SUMMARY);
    }

    @PublicPage
    @GetMapping("/plans/{id}/documents")
    String versions(@PathVariable long id, Model model) {
        // No document is chosen beforehand: freezing cannot be undone, so the choice is explicit.
        model.addAttribute("form", new FreezeForm(null, ""));
        return archivePage(id, model);
    }

    @PostMapping("/plans/{id}/documents")
    String freeze(
            @PathVariable long id,
            @Valid @ModelAttribute("form") FreezeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    OfficialDocumentView frozen = archive.freeze(id, form);
                    Flash.success(redirect, "document.archive.frozen", frozen.title(), frozen.sha256());
                    return "redirect:/plans/" + id + "/documents";
                },
                () -> archivePage(id, model));
    }

    @GetMapping("/documents/{id}.pdf")
    ResponseEntity<byte[]> frozen(@PathVariable long id) {
        return PdfResponses.frozen(archive.content(id));
    }

    private String documentPage(long id, DocumentKind kind, Model model) {
        pages.read(id, model);
        model.addAttribute("kind", kind);
        model.addAttribute("body", documents.html(id, kind));
        return DOCUMENT_VIEW;
    }

    private ResponseEntity<byte[]> pdf(long id, DocumentKind kind) {
        PlanDocumentAssembler.PdfFile file = documents.pdf(id, kind);
        return PdfResponses.inline(file.fileName(), file.content());
    }

    private String archivePage(long id, Model model) {
        pages.read(id, model);
        model.addAttribute("documents", archive.list(id));
        model.addAttribute("canFreeze", archive.canFreeze(id));
        model.addAttribute("kinds", DocumentKind.FREEZABLE);
        return ARCHIVE_VIEW;
    }
}

package it.zona.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents")
class DocumentRestController {

    private final PlanDocumentAssembler documents;
    private final DocumentArchive archive;

    DocumentRestController(PlanDocumentAssembler documents, DocumentArchive archive) {
        this.documents = documents;
        this.archive = archive;
    }

    @GetMapping("/plans/{id}/document.pdf")
    @Operation(summary = "The full plan document as PDF/A, written now from the plan's data")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return pdf(id, DocumentKind.FULL);
    }

    @GetMapping("/plans/{id}/summary.pdf")
    @Operation(summary = "The plan's Sintesi (2–4 pages) as PDF/A, written now from the plan's data")
    ResponseEntity<byte[]> summary(@PathVariable long id) {
        return pdf(id, DocumentKind.SUMMARY);
    }

    @GetMapping("/plans/{id}/documents")
    @Operation(summary = "The plan's frozen official versions, newest first")
    List<OfficialDocumentView> list(@PathVariable long id) {
        return archive.list(id);
    }

    @PostMapping("/plans/{id}/documents")
    @Operation(summary = "Freeze an official version of the full document or the Sintesi (District editor)")
    ResponseEntity<OfficialDocumentView> freeze(@PathVariable long id, @Valid @RequestBody FreezeForm form) {
        OfficialDocumentView frozen = archive.freeze(id, form);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + frozen.id()))
                .body(frozen);
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "A frozen official version: kind, date, stage, size and SHA-256")
    OfficialDocumentView get(@PathVariable long id) {
        return archive.get(id);
    }

    @GetMapping("/documents/{id}/content")
    @Operation(summary = "The exact bytes of a frozen version, with their Repr-Digest (RFC 9530)")
    ResponseEntity<byte[]> content(@PathVariable long id) {
        return PdfResponses.frozen(archive.content(id));
    }

    private ResponseEntity<byte[]> pdf(long id, DocumentKind kind) {
        PlanDocumentAssembler.PdfFile file = documents.pdf(id, kind);
        return PdfResponses.inline(file.fileName(), file.content());
    }
}

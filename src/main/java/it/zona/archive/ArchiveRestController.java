package it.zona.archive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.OfficialDocumentIssued.Kind;
import it.zona.shared.PageView;
import it.zona.shared.web.FileResponses;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Official documents")
class ArchiveRestController {

    private final OfficialArchive archive;

    ArchiveRestController(OfficialArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/api/v1/districts/{slug}/official-documents")
    @Operation(
            summary = "The District's official documents, the latest version of each, the latest issued first;"
                    + " filter by kind, body, plan and year, q searches the titles (public; a draft plan's"
                    + " documents for its staff)")
    PageView<ArchivedDocumentView> list(
            @PathVariable String slug,
            @RequestParam(required = false) Kind kind,
            @RequestParam(required = false) Long body,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return archive.search(
                slug,
                new OfficialArchive.ArchiveFilter(kind, body, plan, year, q),
                page,
                PageView.size(size, OfficialArchive.PAGE_SIZE));
    }

    @PostMapping(path = "/api/v1/districts/{slug}/official-documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Keep an official document taken outside Zona (a regional decree, the memorandum with the"
                    + " unions, the implementation scheme), or a new version of one: a PDF or a .p7m of at most"
                    + " 10 MB (District editor)")
    ResponseEntity<ArchivedDocumentView> upload(@PathVariable String slug, @Valid @ModelAttribute UploadForm form) {
        ArchivedDocumentView kept = archive.upload(slug, form);
        return ResponseEntity.created(URI.create("/api/v1/official-documents/" + kept.id()))
                .body(kept);
    }

    @GetMapping("/api/v1/official-documents/{documentId}")
    @Operation(summary = "An official document with all its versions, the latest first (public)")
    OfficialArchive.ArchiveEntry get(@PathVariable long documentId) {
        return archive.get(documentId);
    }

    @GetMapping(
            path = "/api/v1/official-documents/{documentId}/file",
            produces = {MediaType.APPLICATION_PDF_VALUE, OfficialArchive.PKCS7})
    @Operation(summary = "A version's file exactly as issued, with its Repr-Digest (public)")
    ResponseEntity<byte[]> file(@PathVariable long documentId) {
        OfficialArchive.ArchivedBytes file = archive.file(documentId);
        return FileResponses.stored(
                file.name(), MediaType.parseMediaType(file.mediaType()), file.sha256(), file.content());
    }
}

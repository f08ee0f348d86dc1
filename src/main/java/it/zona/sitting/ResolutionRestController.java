package it.zona.sitting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.PageView;
import it.zona.shared.web.FileResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Resolutions")
class ResolutionRestController {

    private final ResolutionRegistry resolutions;

    ResolutionRestController(ResolutionRegistry resolutions) {
        this.resolutions = resolutions;
    }

    @GetMapping("/api/v1/districts/{slug}/resolutions")
    @Operation(
            summary = "The resolutions of the District's bodies, the latest first; filter by body and year, q searches"
                    + " the titles (public)")
    PageView<ResolutionView> list(
            @PathVariable String slug,
            @RequestParam(required = false) Long body,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return resolutions.search(slug, body, year, q, page, PageView.size(size, ResolutionRegistry.PAGE_SIZE));
    }

    @GetMapping(path = "/api/v1/resolutions/{resolutionId}/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The resolution as PDF/A, written when it was adopted, with its Repr-Digest (public)")
    ResponseEntity<byte[]> document(@PathVariable long resolutionId) {
        ResolutionRegistry.Document document = resolutions.document(resolutionId);
        return FileResponses.stored(document.name(), MediaType.APPLICATION_PDF, document.sha256(), document.content());
    }

    @GetMapping("/api/v1/resolutions/{resolutionId}")
    @Operation(summary = "A resolution with what it amends or revokes and what amended or revoked it (public)")
    ResolutionView get(@PathVariable long resolutionId) {
        return resolutions.get(resolutionId);
    }
}

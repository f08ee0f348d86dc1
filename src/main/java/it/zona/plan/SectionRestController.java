package it.zona.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}/sections")
@Tag(name = "Plan chapters")
class SectionRestController {

    private final SectionRegistry sections;

    SectionRestController(SectionRegistry sections) {
        this.sections = sections;
    }

    @GetMapping
    @Operation(summary = "The plan's chapters of text, in the document's order")
    List<SectionView> list(@PathVariable long planId) {
        return sections.list(planId);
    }

    @PostMapping
    @Operation(summary = "Add a free chapter")
    ResponseEntity<SectionView> create(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody SectionForm form) {
        SectionView created = sections.create(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/sections/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/{sectionId}")
    ResponseEntity<SectionView> get(@PathVariable long planId, @PathVariable long sectionId) {
        SectionView section = sections.get(planId, sectionId);
        return Versions.withEtag(section, section.version());
    }

    @PutMapping("/{sectionId}")
    @Operation(summary = "Write or retitle a chapter; send If-Match or version")
    ResponseEntity<SectionView> update(
            @PathVariable long planId,
            @PathVariable long sectionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody SectionForm form) {
        SectionView updated =
                sections.update(planId, sectionId, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/{sectionId}")
    @Operation(summary = "Delete a free chapter (the standard ones stay)")
    ResponseEntity<Void> delete(
            @PathVariable long planId,
            @PathVariable long sectionId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        sections.delete(planId, sectionId, reason);
        return ResponseEntity.noContent().build();
    }
}

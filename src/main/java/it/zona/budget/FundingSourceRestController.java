package it.zona.budget;

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
@RequestMapping("/api/v1/districts/{slug}/funding-sources")
@Tag(name = "Funding sources")
class FundingSourceRestController {

    private final FundingSourceRegistry sources;

    FundingSourceRestController(FundingSourceRegistry sources) {
        this.sources = sources;
    }

    @GetMapping
    @Operation(summary = "The District's funding sources (public)")
    List<FundingSourceView> list(@PathVariable String slug) {
        return sources.list(slug);
    }

    @PostMapping
    @Operation(summary = "Add a funding source (District admin)")
    ResponseEntity<FundingSourceView> create(@PathVariable String slug, @Valid @RequestBody FundingSourceForm form) {
        FundingSourceView created = sources.create(slug, form);
        return ResponseEntity.created(URI.create("/api/v1/districts/" + slug + "/funding-sources/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<FundingSourceView> get(@PathVariable String slug, @PathVariable long id) {
        FundingSourceView source = sources.get(slug, id);
        return Versions.withEtag(source, source.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename, describe or retire (active=false) a funding source (District admin)")
    ResponseEntity<FundingSourceView> update(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody FundingSourceForm form) {
        FundingSourceView updated = sources.update(slug, id, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a funding source no budget line uses (District admin); retire it otherwise")
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable long id) {
        sources.delete(slug, id);
        return ResponseEntity.noContent().build();
    }
}

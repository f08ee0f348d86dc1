package it.zona.governance;

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
@RequestMapping("/api/v1/districts/{slug}/governing-bodies")
@Tag(name = "Governing bodies")
class GovernanceRestController {

    private final GovernanceRegistry governance;

    GovernanceRestController(GovernanceRegistry governance) {
        this.governance = governance;
    }

    @GetMapping
    @Operation(summary = "The District's governing bodies with their members (public)")
    List<GoverningBodyView> list(@PathVariable String slug) {
        return governance.list(slug);
    }

    @PostMapping
    @Operation(summary = "Add a governing body, with its members if given (District editor)")
    ResponseEntity<GoverningBodyView> create(@PathVariable String slug, @Valid @RequestBody GoverningBodyForm form) {
        GoverningBodyView created = governance.create(slug, form);
        return ResponseEntity.created(URI.create("/api/v1/districts/" + slug + "/governing-bodies/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One governing body (public)")
    ResponseEntity<GoverningBodyView> get(@PathVariable String slug, @PathVariable long id) {
        GoverningBodyView body = governance.get(slug, id);
        return Versions.withEtag(body, body.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a governing body; members, when given, replace all members (District editor)")
    ResponseEntity<GoverningBodyView> update(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody GoverningBodyForm form) {
        GoverningBodyView updated = governance.update(slug, id, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a governing body (District editor)")
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable long id) {
        governance.delete(slug, id);
        return ResponseEntity.noContent().build();
    }
}

package it.zona.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.PageView;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/districts/{slug}/organizations")
@Tag(name = "Organizations")
class OrganizationRestController {

    private final OrganizationRegistry organizations;

    OrganizationRestController(OrganizationRegistry organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "The District's organisations (District staff); q searches name, tax code and VAT number")
    PageView<OrganizationView> list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) OrganizationType type,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return organizations.page(slug, q, type, sort, page, PageView.size(size, OrganizationRegistry.PAGE_SIZE));
    }

    @PostMapping
    @Operation(summary = "Add an organisation (District editor)")
    ResponseEntity<OrganizationView> create(@PathVariable String slug, @Valid @RequestBody OrganizationForm form) {
        OrganizationView created = organizations.create(slug, form);
        return ResponseEntity.created(URI.create("/api/v1/districts/" + slug + "/organizations/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation (District staff)")
    ResponseEntity<OrganizationView> get(@PathVariable String slug, @PathVariable long id) {
        OrganizationView organization = organizations.get(slug, id);
        return Versions.withEtag(organization, organization.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an organisation (District editor); send If-Match or version")
    ResponseEntity<OrganizationView> update(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody OrganizationForm form) {
        OrganizationView updated = organizations.update(slug, id, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an organisation nobody refers to any more (District editor)")
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable long id) {
        organizations.delete(slug, id);
        return ResponseEntity.noContent().build();
    }
}

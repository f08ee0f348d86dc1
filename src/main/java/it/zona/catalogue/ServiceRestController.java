package it.zona.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.PageView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Services")
class ServiceRestController {

    private final ServiceCatalogue catalogue;
    private final ServiceCodes codes;

    ServiceRestController(ServiceCatalogue catalogue, ServiceCodes codes) {
        this.catalogue = catalogue;
        this.codes = codes;
    }

    @GetMapping("/service-codes")
    @Operation(
            summary = "The classification codes a service may carry, this installation's list in the order of"
                    + " its codes; empty where none is configured (public)")
    List<ServiceCodes.Code> codes() {
        return codes.all();
    }

    @GetMapping("/districts/{slug}/services")
    @Operation(
            summary =
                    "The District's services and titoli sociali, filtered by kind, category, target group and"
                            + " municipality, searched in Italian (q: \"anziano\" finds \"anziani\"), a page at a time (public)")
    PageView<ServiceSummary> list(
            @PathVariable String slug,
            @RequestParam(required = false) ServiceKind kind,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(required = false) Audience audience,
            @RequestParam(required = false) String municipality,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "TITLE") ServiceOrder sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return catalogue.search(
                slug,
                new ServiceFilter(kind, category, audience, municipality, q),
                sort,
                page,
                PageView.size(size, ServiceCatalogue.PAGE_SIZE));
    }

    @PostMapping("/districts/{slug}/services")
    @Operation(summary = "Add a service or titolo sociale to the catalogue (District editor)")
    ResponseEntity<SocialServiceView> create(@PathVariable String slug, @Valid @RequestBody SocialServiceForm form) {
        SocialServiceView created = catalogue.create(slug, form);
        return ResponseEntity.created(URI.create("/api/v1/services/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "One service, in the shape a change sends back (public)")
    ResponseEntity<SocialServiceView> get(@PathVariable long id) {
        SocialServiceView service = catalogue.get(id);
        return Versions.withEtag(service, service.version());
    }

    @PutMapping("/services/{id}")
    @Operation(summary = "Change a service (District editor); send If-Match or version")
    ResponseEntity<SocialServiceView> update(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SocialServiceForm form) {
        SocialServiceView updated = catalogue.update(id, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/services/{id}")
    @Operation(summary = "Remove a service from the catalogue (District editor)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        catalogue.delete(id);
        return ResponseEntity.noContent().build();
    }
}

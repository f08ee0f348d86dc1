package it.zona.office;

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
@RequestMapping("/api/v1/districts/{slug}")
@Tag(name = "Offices")
class OfficeRestController {

    private final OfficeRegistry offices;

    OfficeRestController(OfficeRegistry offices) {
        this.offices = offices;
    }

    @GetMapping("/offices")
    @Operation(summary = "The District's offices with reception hours and whether each is open now (public)")
    List<OfficeView> list(@PathVariable String slug) {
        return offices.list(slug);
    }

    @PostMapping("/offices")
    @Operation(summary = "Add an office, with hours and closures if given (District editor)")
    ResponseEntity<OfficeView> create(@PathVariable String slug, @Valid @RequestBody OfficeForm form) {
        OfficeView created = offices.create(slug, form);
        return ResponseEntity.created(URI.create("/api/v1/districts/" + slug + "/offices/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/offices/{id}")
    @Operation(summary = "One office (public)")
    ResponseEntity<OfficeView> get(@PathVariable String slug, @PathVariable long id) {
        OfficeView office = offices.get(slug, id);
        return Versions.withEtag(office, office.version());
    }

    @PutMapping("/offices/{id}")
    @Operation(summary = "Change an office; hours and closures, when given, replace the current ones (District editor)")
    ResponseEntity<OfficeView> update(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody OfficeForm form) {
        OfficeView updated = offices.update(slug, id, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/offices/{id}")
    @Operation(summary = "Delete an office (District editor)")
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable long id) {
        offices.delete(slug, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/planning-office")
    @Operation(summary = "The District's planning office, Ufficio di Piano (public)")
    ResponseEntity<PlanningOfficeView> planningOffice(@PathVariable String slug) {
        PlanningOfficeView office = offices.planningOffice(slug);
        return Versions.withEtag(office, office.version());
    }

    @PutMapping("/planning-office")
    @Operation(summary = "Describe the planning office (District editor); send If-Match or version")
    ResponseEntity<PlanningOfficeView> updatePlanningOffice(
            @PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PlanningOfficeForm form) {
        PlanningOfficeView updated =
                offices.updatePlanningOffice(slug, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }
}

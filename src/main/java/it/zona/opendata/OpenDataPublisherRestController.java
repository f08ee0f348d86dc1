package it.zona.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/districts/{slug}/open-data/publisher")
@Tag(name = "Open data")
class OpenDataPublisherRestController {

    private final OpenDataPublisherRegistry publishers;

    OpenDataPublisherRestController(OpenDataPublisherRegistry publishers) {
        this.publishers = publishers;
    }

    @GetMapping
    @Operation(
            summary = "Who publishes the District's open data in its DCAT-AP_IT catalogue, as set and as used"
                    + " with its defaults, and what is missing (District viewer); version -1 until first set")
    ResponseEntity<OpenDataPublisherView> get(@PathVariable String slug) {
        OpenDataPublisherView publisher = publishers.view(slug);
        return Versions.withEtag(publisher, publisher.version());
    }

    @PutMapping
    @Operation(
            summary = "Set the publisher of the District's open data; blank fields take their defaults"
                    + " (District admin); send If-Match or version")
    ResponseEntity<OpenDataPublisherView> update(
            @PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody OpenDataPublisherForm form) {
        OpenDataPublisherView updated = publishers.update(slug, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }
}

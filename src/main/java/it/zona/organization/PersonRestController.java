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
@RequestMapping("/api/v1/districts/{slug}/people")
@Tag(name = "People")
class PersonRestController {

    private final PersonRegistry people;

    PersonRestController(PersonRegistry people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "The District's people (District staff); q searches names and tax code")
    PageView<PersonView> list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return people.page(slug, q, organization, page, PageView.size(size, PersonRegistry.PAGE_SIZE));
    }

    @PostMapping
    @Operation(summary = "Add a person (District editor)")
    ResponseEntity<PersonView> create(@PathVariable String slug, @Valid @RequestBody PersonForm form) {
        PersonView created = people.create(slug, form);
        return ResponseEntity.created(URI.create("/api/v1/districts/" + slug + "/people/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person (District staff)")
    ResponseEntity<PersonView> get(@PathVariable String slug, @PathVariable long id) {
        PersonView person = people.get(slug, id);
        return Versions.withEtag(person, person.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a person (District editor); send If-Match or version")
    ResponseEntity<PersonView> update(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PersonForm form) {
        PersonView updated = people.update(slug, id, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a person nobody refers to any more (District editor)")
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable long id) {
        people.delete(slug, id);
        return ResponseEntity.noContent().build();
    }
}

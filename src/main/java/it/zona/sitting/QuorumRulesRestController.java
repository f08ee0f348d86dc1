package it.zona.sitting;

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
@RequestMapping("/api/v1/districts/{slug}/governing-bodies/{bodyId}/quorum-rules")
@Tag(name = "Sittings")
class QuorumRulesRestController {

    private final QuorumRuleBook rules;

    QuorumRulesRestController(QuorumRuleBook rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "A body's quorum and majority rules; standard ones until it has its own (public)")
    ResponseEntity<QuorumRulesView> get(@PathVariable String slug, @PathVariable long bodyId) {
        QuorumRulesView view = rules.view(slug, bodyId);
        return Versions.withEtag(view, view.version());
    }

    @PutMapping
    @Operation(summary = "Set a body's quorum and majority rules (District editor)")
    ResponseEntity<QuorumRulesView> change(
            @PathVariable String slug,
            @PathVariable long bodyId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody QuorumRulesForm form) {
        QuorumRulesView view = rules.change(slug, bodyId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(view, view.version());
    }
}

package it.zona.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Plans")
class PlanRestController {

    private final PlanRegistry plans;

    PlanRestController(PlanRegistry plans) {
        this.plans = plans;
    }

    @PublicPage
    @GetMapping("/districts/{slug}/plans")
    @Operation(summary = "The District's plans: all for its staff, the published ones for everyone")
    List<PlanSummary> list(@PathVariable String slug) {
        return plans.list(slug);
    }

    @PostMapping("/districts/{slug}/plans")
    @Operation(summary = "Create a plan (District editor); it starts at the launch stage")
    ResponseEntity<PlanView> create(@PathVariable String slug, @Valid @RequestBody PlanForm form) {
        PlanView created = plans.create(slug, form);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "A plan with its stage history (public once approved, staff before)")
    ResponseEntity<PlanView> get(@PathVariable long id) {
        PlanView plan = plans.view(id);
        return Versions.withEtag(plan, plan.version());
    }

    @PutMapping("/plans/{id}")
    @Operation(summary = "Change a plan; after approval District admins only, with a reason")
    ResponseEntity<PlanView> update(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Parameter(description = "Why an approved plan is changed (required after approval)")
                    @RequestHeader(name = PlanChange.REASON_HEADER, required = false)
                    String reason,
            @Valid @RequestBody PlanForm form) {
        PlanView updated = plans.update(id, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @PostMapping("/plans/{id}/transitions")
    @Operation(summary = "Move the plan to another stage of its iter, with the act that decided it (District admin)")
    ResponseEntity<PlanView> transition(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TransitionForm form) {
        PlanView moved = plans.moveTo(id, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(moved, moved.version());
    }

    @GetMapping("/plans/{id}/acts")
    @Operation(
            summary = "The acts Zona holds that may decide the plan's move to a stage: resolutions of the"
                    + " District's bodies, the agreement in force; a transition names one by its link"
                    + " (District admin)")
    List<PlanAct> acts(@PathVariable long id, @RequestParam PlanStage to) {
        return plans.acts(id, to);
    }
}

package it.zona.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.plan.PlanChange;
import it.zona.shared.PageView;
import it.zona.shared.web.PublicPage;
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
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "Plan interventions")
class InterventionRestController {

    private final InterventionRegistry interventions;
    private final Programme programme;

    InterventionRestController(InterventionRegistry interventions, Programme programme) {
        this.interventions = interventions;
        this.programme = programme;
    }

    @PublicPage
    @GetMapping("/interventions")
    @Operation(summary = "The plan's interventions, filtered and paged; sort = area (default), title or years")
    PageView<InterventionView> list(
            @PathVariable long planId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InterventionType type,
            @RequestParam(required = false) InterventionStatus status,
            @RequestParam(required = false) Long targetGroup,
            @RequestParam(defaultValue = "area") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return interventions.page(
                planId,
                new InterventionFilter(q, area, year, type, status, targetGroup),
                sort,
                page,
                PageView.size(size, InterventionRegistry.PAGE_SIZE));
    }

    @PostMapping("/interventions")
    @Operation(summary = "Add an intervention under an objective of the plan")
    ResponseEntity<InterventionView> create(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody InterventionForm form) {
        InterventionView created = interventions.create(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/interventions/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/interventions/{interventionId}")
    ResponseEntity<InterventionView> get(@PathVariable long planId, @PathVariable long interventionId) {
        InterventionView intervention = interventions.get(planId, interventionId);
        return Versions.withEtag(intervention, intervention.version());
    }

    @PutMapping("/interventions/{interventionId}")
    @Operation(summary = "Change an intervention; send If-Match or version")
    ResponseEntity<InterventionView> update(
            @PathVariable long planId,
            @PathVariable long interventionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody InterventionForm form) {
        InterventionView updated =
                interventions.update(planId, interventionId, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/interventions/{interventionId}")
    @Operation(summary = "Delete an intervention nothing refers to (no budget line, say)")
    ResponseEntity<Void> delete(
            @PathVariable long planId,
            @PathVariable long interventionId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        interventions.delete(planId, interventionId, reason);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "The yearly programme (programma attuativo): the interventions active in the year, by area")
    AnnualProgramme year(@PathVariable long planId, @PathVariable int year) {
        return programme.year(planId, year);
    }
}

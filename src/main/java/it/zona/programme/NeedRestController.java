package it.zona.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.plan.PlanChange;
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
@RequestMapping("/api/v1/plans/{planId}/needs")
@Tag(name = "Plan needs")
class NeedRestController {

    private final NeedRegistry needs;

    NeedRestController(NeedRegistry needs) {
        this.needs = needs;
    }

    @GetMapping
    @Operation(summary = "The needs of the plan, of one area with ?area=")
    List<NeedView> list(@PathVariable long planId, @RequestParam(name = "area", required = false) Long areaId) {
        return needs.list(planId, areaId);
    }

    @PostMapping
    @Operation(summary = "Record a need with its evidence (figures with source and year)")
    ResponseEntity<NeedView> create(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody NeedForm form) {
        NeedView created = needs.create(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/needs/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/{needId}")
    ResponseEntity<NeedView> get(@PathVariable long planId, @PathVariable long needId) {
        NeedView need = needs.get(planId, needId);
        return Versions.withEtag(need, need.version());
    }

    @PutMapping("/{needId}")
    @Operation(summary = "Change a need; send If-Match or version")
    ResponseEntity<NeedView> update(
            @PathVariable long planId,
            @PathVariable long needId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody NeedForm form) {
        NeedView updated = needs.update(planId, needId, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/{needId}")
    @Operation(summary = "Delete a need that no objective answers")
    ResponseEntity<Void> delete(
            @PathVariable long planId,
            @PathVariable long needId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        needs.delete(planId, needId, reason);
        return ResponseEntity.noContent().build();
    }
}

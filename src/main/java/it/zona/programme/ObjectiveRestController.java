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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}/objectives")
@Tag(name = "Plan objectives")
class ObjectiveRestController {

    private final ObjectiveRegistry objectives;

    ObjectiveRestController(ObjectiveRegistry objectives) {
        this.objectives = objectives;
    }

    @GetMapping
    @Operation(summary = "The objectives by area: general ones in priority order, each followed by its specific ones")
    List<ObjectiveView> list(@PathVariable long planId) {
        return objectives.list(planId);
    }

    @PostMapping
    @Operation(summary = "Add a general objective (areaId) or a specific yearly one (parentId and year)")
    ResponseEntity<ObjectiveView> create(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody ObjectiveForm form) {
        ObjectiveView created = objectives.create(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/objectives/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/{objectiveId}")
    ResponseEntity<ObjectiveView> get(@PathVariable long planId, @PathVariable long objectiveId) {
        ObjectiveView objective = objectives.get(planId, objectiveId);
        return Versions.withEtag(objective, objective.version());
    }

    @PutMapping("/{objectiveId}")
    @Operation(summary = "Change an objective (its kind stays); send If-Match or version")
    ResponseEntity<ObjectiveView> update(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody ObjectiveForm form) {
        ObjectiveView updated =
                objectives.update(planId, objectiveId, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @PostMapping("/{objectiveId}/move")
    @Operation(summary = "Move an objective one place up or down in the priority order of its siblings")
    ResponseEntity<Void> move(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody MoveRequest move) {
        objectives.move(planId, objectiveId, move.direction(), reason);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{objectiveId}")
    @Operation(summary = "Delete an objective with no specific objective or intervention under it")
    ResponseEntity<Void> delete(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        objectives.delete(planId, objectiveId, reason);
        return ResponseEntity.noContent().build();
    }
}

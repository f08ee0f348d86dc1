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

/**
 * A plan's policy areas and target groups. Changes follow the plan's rules: editors before the
 * mayors' approval, admins after it, with the reason in the {@value PlanChange#REASON_HEADER} header.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "Plan areas and target groups")
class AreaRestController {

    private final AreaRegistry catalogue;

    AreaRestController(AreaRegistry catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/areas")
    @Operation(summary = "The plan's policy areas, as a tree of groups and areas")
    List<AreaNode> areas(@PathVariable long planId) {
        return catalogue.areas(planId);
    }

    @PostMapping("/areas")
    @Operation(summary = "Add a policy area, at the top or inside a group (parentId)")
    ResponseEntity<PolicyAreaView> createArea(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody AreaForm form) {
        PolicyAreaView created = catalogue.createArea(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/areas/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/areas/{areaId}")
    ResponseEntity<PolicyAreaView> area(@PathVariable long planId, @PathVariable long areaId) {
        PolicyAreaView area = catalogue.area(planId, areaId);
        return Versions.withEtag(area, area.version());
    }

    @PutMapping("/areas/{areaId}")
    @Operation(summary = "Rename, describe or regroup a policy area; send If-Match or version")
    ResponseEntity<PolicyAreaView> updateArea(
            @PathVariable long planId,
            @PathVariable long areaId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody AreaForm form) {
        PolicyAreaView updated =
                catalogue.updateArea(planId, areaId, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @PostMapping("/areas/{areaId}/move")
    @Operation(summary = "Move a policy area one place up or down among its siblings")
    ResponseEntity<Void> moveArea(
            @PathVariable long planId,
            @PathVariable long areaId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody MoveRequest move) {
        catalogue.moveArea(planId, areaId, move.direction(), reason);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/areas/{areaId}")
    @Operation(summary = "Delete a policy area that holds no area, need or objective")
    ResponseEntity<Void> deleteArea(
            @PathVariable long planId,
            @PathVariable long areaId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        catalogue.deleteArea(planId, areaId, reason);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/target-groups")
    @Operation(summary = "The plan's target groups, in order")
    List<TargetGroupView> targetGroups(@PathVariable long planId) {
        return catalogue.targetGroups(planId);
    }

    @PostMapping("/target-groups")
    ResponseEntity<TargetGroupView> createTargetGroup(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody TargetGroupForm form) {
        TargetGroupView created = catalogue.createTargetGroup(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/target-groups/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/target-groups/{groupId}")
    ResponseEntity<TargetGroupView> targetGroup(@PathVariable long planId, @PathVariable long groupId) {
        TargetGroupView group = catalogue.targetGroup(planId, groupId);
        return Versions.withEtag(group, group.version());
    }

    @PutMapping("/target-groups/{groupId}")
    ResponseEntity<TargetGroupView> updateTargetGroup(
            @PathVariable long planId,
            @PathVariable long groupId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody TargetGroupForm form) {
        TargetGroupView updated =
                catalogue.updateTargetGroup(planId, groupId, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @PostMapping("/target-groups/{groupId}/move")
    ResponseEntity<Void> moveTargetGroup(
            @PathVariable long planId,
            @PathVariable long groupId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody MoveRequest move) {
        catalogue.moveTargetGroup(planId, groupId, move.direction(), reason);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/target-groups/{groupId}")
    @Operation(summary = "Delete a target group no intervention is for")
    ResponseEntity<Void> deleteTargetGroup(
            @PathVariable long planId,
            @PathVariable long groupId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        catalogue.deleteTargetGroup(planId, groupId, reason);
        return ResponseEntity.noContent().build();
    }
}

package it.zona.budget;

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

/** The plan's human and structural resources: staffing and facilities. */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "Plan staffing and facilities")
class ResourceRestController {

    private final StaffingRegistry staffing;
    private final FacilityRegistry facilities;

    ResourceRestController(StaffingRegistry staffing, FacilityRegistry facilities) {
        this.staffing = staffing;
        this.facilities = facilities;
    }

    @GetMapping("/staffing")
    @Operation(summary = "The plan's staff by year and professional role, in full-time equivalents")
    List<StaffingView> staffing(@PathVariable long planId) {
        return staffing.list(planId);
    }

    @PostMapping("/staffing")
    ResponseEntity<StaffingView> createStaffing(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody StaffingForm form) {
        StaffingView created = staffing.create(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/staffing/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/staffing/{id}")
    ResponseEntity<StaffingView> getStaffing(@PathVariable long planId, @PathVariable long id) {
        StaffingView row = staffing.get(planId, id);
        return Versions.withEtag(row, row.version());
    }

    @PutMapping("/staffing/{id}")
    ResponseEntity<StaffingView> updateStaffing(
            @PathVariable long planId,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody StaffingForm form) {
        StaffingView updated = staffing.update(planId, id, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/staffing/{id}")
    ResponseEntity<Void> deleteStaffing(
            @PathVariable long planId,
            @PathVariable long id,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        staffing.delete(planId, id, reason);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/facilities")
    @Operation(summary = "The facilities the plan's services use")
    List<FacilityView> facilities(@PathVariable long planId) {
        return facilities.list(planId);
    }

    @PostMapping("/facilities")
    ResponseEntity<FacilityView> createFacility(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody FacilityForm form) {
        FacilityView created = facilities.create(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/facilities/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/facilities/{id}")
    ResponseEntity<FacilityView> getFacility(@PathVariable long planId, @PathVariable long id) {
        FacilityView facility = facilities.get(planId, id);
        return Versions.withEtag(facility, facility.version());
    }

    @PutMapping("/facilities/{id}")
    ResponseEntity<FacilityView> updateFacility(
            @PathVariable long planId,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody FacilityForm form) {
        FacilityView updated = facilities.update(planId, id, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/facilities/{id}")
    ResponseEntity<Void> deleteFacility(
            @PathVariable long planId,
            @PathVariable long id,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        facilities.delete(planId, id, reason);
        return ResponseEntity.noContent().build();
    }
}

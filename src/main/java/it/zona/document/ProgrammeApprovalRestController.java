package it.zona.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.plan.PlanAct;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{id}/years/{year}")
@Tag(name = "Documents")
class ProgrammeApprovalRestController {

    private final ProgrammeApprovals approvals;

    ProgrammeApprovalRestController(ProgrammeApprovals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/approvals")
    @Operation(summary = "The approved versions of the year's programme (programma attuativo), the one in force first")
    List<OfficialDocumentView> versions(@PathVariable long id, @PathVariable int year) {
        return approvals.versions(id, year);
    }

    @PostMapping("/approvals")
    @Operation(
            summary = "Record the act that approves the year's programme, which freezes it as an official"
                    + " version (District admin, once the plan is approved)")
    ResponseEntity<OfficialDocumentView> approve(
            @PathVariable long id, @PathVariable int year, @Valid @RequestBody ProgrammeApprovalForm form) {
        OfficialDocumentView approved = approvals.approve(id, year, form);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + approved.id()))
                .body(approved);
    }

    @GetMapping("/acts")
    @Operation(
            summary = "The acts Zona holds that may approve the year's programme; an approval names one by its"
                    + " link (District admin)")
    List<PlanAct> acts(@PathVariable long id, @PathVariable int year) {
        return approvals.acts(id, year);
    }
}

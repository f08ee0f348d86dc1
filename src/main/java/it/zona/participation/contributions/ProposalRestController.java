package it.zona.participation.contributions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.plan.PlanChange;
import it.zona.programme.InterventionForm;
import it.zona.programme.ObjectiveForm;
import it.zona.programme.Priority;
import it.zona.shared.PageView;
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
@RequestMapping("/api/v1")
@Tag(name = "Needs, proposals and monitoring at the tables")
class ProposalRestController {

    private final HeardNeedRegistry needs;
    private final ProposalRegistry proposals;
    private final ProgressRegistry progress;

    ProposalRestController(HeardNeedRegistry needs, ProposalRegistry proposals, ProgressRegistry progress) {
        this.needs = needs;
        this.proposals = proposals;
        this.progress = progress;
    }

    // --- Needs heard ---------------------------------------------------------------------------

    @GetMapping("/meetings/{meetingId}/needs")
    @Operation(summary = "The needs heard at the meeting (public)")
    List<HeardNeedView> needs(@PathVariable long meetingId) {
        return needs.forMeeting(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/needs")
    @Operation(summary = "Record a need heard at the meeting, in one of its areas")
    ResponseEntity<HeardNeedView> recordNeed(@PathVariable long meetingId, @Valid @RequestBody HeardNeedForm form) {
        HeardNeedView need = needs.record(meetingId, form);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meetingId + "/needs/" + need.id()))
                .header(HttpHeaders.ETAG, Versions.etag(need.version()))
                .body(need);
    }

    @GetMapping("/meetings/{meetingId}/needs/{needId}")
    ResponseEntity<HeardNeedView> need(@PathVariable long meetingId, @PathVariable long needId) {
        HeardNeedView need = needs.get(meetingId, needId);
        return Versions.withEtag(need, need.version());
    }

    @PutMapping("/meetings/{meetingId}/needs/{needId}")
    @Operation(summary = "Change a need heard, while it is not in the plan; send If-Match or version")
    ResponseEntity<HeardNeedView> updateNeed(
            @PathVariable long meetingId,
            @PathVariable long needId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody HeardNeedForm form) {
        HeardNeedView need = needs.update(meetingId, needId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(need, need.version());
    }

    @DeleteMapping("/meetings/{meetingId}/needs/{needId}")
    @Operation(summary = "Delete a need heard, while it is not in the plan")
    ResponseEntity<Void> deleteNeed(@PathVariable long meetingId, @PathVariable long needId) {
        needs.delete(meetingId, needId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/meetings/{meetingId}/needs/{needId}/plan")
    @Operation(summary = "Take the need into the plan's needs analysis, heard at this table's meeting")
    HeardNeedView takeIntoPlan(
            @PathVariable long meetingId,
            @PathVariable long needId,
            @RequestParam(defaultValue = "MEDIUM") Priority priority,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        return needs.takeIntoPlan(meetingId, needId, priority, reason);
    }

    // --- Proposals -----------------------------------------------------------------------------

    @GetMapping("/meetings/{meetingId}/proposals")
    @Operation(summary = "The proposals made at the meeting and what became of them (public)")
    List<ProposalView> meetingProposals(@PathVariable long meetingId) {
        return proposals.forMeeting(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/proposals")
    @Operation(summary = "Record a proposal made at the meeting by an organisation seated there that day")
    ResponseEntity<ProposalView> recordProposal(@PathVariable long meetingId, @Valid @RequestBody ProposalForm form) {
        ProposalView proposal = proposals.record(meetingId, form);
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + proposal.id()))
                .header(HttpHeaders.ETAG, Versions.etag(proposal.version()))
                .body(proposal);
    }

    @GetMapping("/plans/{planId}/proposals")
    @Operation(summary = "The plan's proposals, newest first, by table and outcome (public)")
    PageView<ProposalView> planProposals(
            @PathVariable long planId,
            @RequestParam(required = false) Long table,
            @RequestParam(required = false) ProposalOutcome outcome,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return proposals.page(planId, table, outcome, page, PageView.size(size, ProposalRegistry.PAGE_SIZE));
    }

    @GetMapping("/proposals/{proposalId}")
    @Operation(summary = "A proposal, where it was made and what became of it (public)")
    ResponseEntity<ProposalView> proposal(@PathVariable long proposalId) {
        ProposalView proposal = proposals.get(proposalId);
        return Versions.withEtag(proposal, proposal.version());
    }

    @PutMapping("/proposals/{proposalId}")
    @Operation(summary = "Change an open proposal; send If-Match or version")
    ResponseEntity<ProposalView> updateProposal(
            @PathVariable long proposalId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProposalForm form) {
        ProposalView proposal = proposals.update(proposalId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(proposal, proposal.version());
    }

    @DeleteMapping("/proposals/{proposalId}")
    @Operation(summary = "Delete an open proposal")
    ResponseEntity<Void> deleteProposal(@PathVariable long proposalId) {
        proposals.delete(proposalId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/proposals/{proposalId}/outcome")
    @Operation(summary = "Answer an open proposal: accepted, merged (into one target) or not accepted with a reason")
    ProposalView answer(@PathVariable long proposalId, @Valid @RequestBody OutcomeForm form) {
        return proposals.answer(proposalId, form);
    }

    @PostMapping("/proposals/{proposalId}/reopen")
    @Operation(summary = "Open an answered proposal again; its answer and the reason stay in its history")
    ProposalView reopen(@PathVariable long proposalId, @Valid @RequestBody ReopenProposalForm form) {
        return proposals.reopen(proposalId, form);
    }

    @PostMapping("/proposals/{proposalId}/objective")
    @Operation(summary = "Turn an open proposal into an objective of the plan (both or neither)")
    ProposalView adoptAsObjective(
            @PathVariable long proposalId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody ObjectiveForm form) {
        return proposals.adoptAsObjective(proposalId, form, reason);
    }

    @PostMapping("/proposals/{proposalId}/intervention")
    @Operation(summary = "Turn an open proposal into an intervention of the plan (both or neither)")
    ProposalView adoptAsIntervention(
            @PathVariable long proposalId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody InterventionForm form) {
        return proposals.adoptAsIntervention(proposalId, form, reason);
    }

    // --- Progress notes ------------------------------------------------------------------------

    @GetMapping("/meetings/{meetingId}/progress")
    @Operation(summary = "The progress notes the meeting took on interventions (public)")
    List<ProgressNoteView> meetingProgress(@PathVariable long meetingId) {
        return progress.forMeeting(meetingId);
    }

    @GetMapping("/meetings/{meetingId}/progress/{noteId}")
    @Operation(summary = "One progress note (public)")
    ResponseEntity<ProgressNoteView> progressNote(@PathVariable long meetingId, @PathVariable long noteId) {
        ProgressNoteView note = progress.get(meetingId, noteId);
        return Versions.withEtag(note, note.version());
    }

    @PostMapping("/meetings/{meetingId}/progress")
    @Operation(summary = "Note an intervention's progress at a held meeting; one note per intervention")
    ResponseEntity<ProgressNoteView> recordProgress(
            @PathVariable long meetingId, @Valid @RequestBody ProgressNoteForm form) {
        ProgressNoteView note = progress.record(meetingId, form);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meetingId + "/progress/" + note.id()))
                .header(HttpHeaders.ETAG, Versions.etag(note.version()))
                .body(note);
    }

    @PutMapping("/meetings/{meetingId}/progress/{noteId}")
    @Operation(summary = "Change a progress note's status and remarks; send If-Match or version")
    ResponseEntity<ProgressNoteView> updateProgress(
            @PathVariable long meetingId,
            @PathVariable long noteId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProgressNoteForm form) {
        ProgressNoteView note = progress.update(meetingId, noteId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(note, note.version());
    }

    @DeleteMapping("/meetings/{meetingId}/progress/{noteId}")
    ResponseEntity<Void> deleteProgress(@PathVariable long meetingId, @PathVariable long noteId) {
        progress.delete(meetingId, noteId);
        return ResponseEntity.noContent().build();
    }
}

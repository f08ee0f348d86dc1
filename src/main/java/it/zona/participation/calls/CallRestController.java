package it.zona.participation.calls;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Calls for nominations")
class CallRestController {

    private final CallRegistry calls;
    private final InvitationRegistry invitations;
    private final NominationRegistry nominations;

    CallRestController(CallRegistry calls, InvitationRegistry invitations, NominationRegistry nominations) {
        this.calls = calls;
        this.invitations = invitations;
        this.nominations = nominations;
    }

    @GetMapping("/plans/{planId}/calls")
    @Operation(summary = "The plan's calls for nominations (open and closed ones are public, drafts for staff)")
    List<CallView> list(@PathVariable long planId) {
        return calls.list(planId);
    }

    @PostMapping("/plans/{planId}/calls")
    @Operation(summary = "Write a call as a draft; the deadline is a date and time in Europe/Rome")
    ResponseEntity<CallView> create(@PathVariable long planId, @Valid @RequestBody CallForm form) {
        CallView created = calls.create(planId, form);
        return ResponseEntity.created(URI.create("/api/v1/calls/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/calls/{callId}")
    ResponseEntity<CallView> get(@PathVariable long callId) {
        CallView call = calls.get(callId);
        return Versions.withEtag(call, call.version());
    }

    @PutMapping("/calls/{callId}")
    @Operation(summary = "Change a draft call; send If-Match or version")
    ResponseEntity<CallView> update(
            @PathVariable long callId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CallForm form) {
        CallView updated = calls.update(callId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @PostMapping("/calls/{callId}/open")
    @Operation(summary = "Open the call: invitations can go out and organisations nominate until the deadline")
    CallView open(@PathVariable long callId) {
        return calls.open(callId);
    }

    @PostMapping("/calls/{callId}/close")
    @Operation(summary = "Close the call: the organisations' links stop working")
    CallView close(@PathVariable long callId) {
        return calls.close(callId);
    }

    @PostMapping("/calls/{callId}/reopen")
    @Operation(summary = "Reopen a closed or expired call, or extend an open one, with a later deadline")
    CallView reopen(@PathVariable long callId, @Valid @RequestBody ReopenForm form) {
        return calls.reopen(callId, form);
    }

    @GetMapping("/calls/{callId}/invitations")
    @Operation(summary = "The organisations invited (District staff only)")
    List<InvitationView> invitations(@PathVariable long callId) {
        return invitations.list(callId);
    }

    @PostMapping("/calls/{callId}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite organisations by id and/or every organisation of some types; each gets an e-mail "
                    + "with its personal link. Those without e-mail or PEC are listed in withoutAddress")
    InvitationResult invite(@PathVariable long callId, @RequestBody InvitationRequest request) {
        return invitations.invite(callId, request);
    }

    @PostMapping("/calls/{callId}/invitations/{invitationId}/reminder")
    @Operation(
            summary = "Remind an organisation that has not answered, with a new link (the old one stops "
                    + "working); at most once a day")
    InvitationView remind(@PathVariable long callId, @PathVariable long invitationId) {
        return invitations.remind(callId, invitationId);
    }

    @GetMapping("/calls/{callId}/nominations")
    @Operation(summary = "The nominations of the call, with the representatives' contacts (District staff only)")
    List<NominationView> nominations(@PathVariable long callId) {
        return nominations.list(callId);
    }

    /** A nomination an invited organisation sent otherwise (by PEC), recorded by the office. */
    record RecordedNomination(
            @NotNull Long organizationId, @Valid @NotNull NominationForm nomination) {}

    @PostMapping("/calls/{callId}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a nomination an invited organisation sent otherwise (by PEC)")
    NominationView record(@PathVariable long callId, @Valid @RequestBody RecordedNomination body) {
        return nominations.record(callId, body.organizationId(), body.nomination());
    }

    @PostMapping("/calls/{callId}/nominations/{nominationId}/accept")
    @Operation(summary = "Accept a nomination: the organisation sits at the table with its representative")
    NominationView accept(@PathVariable long callId, @PathVariable long nominationId) {
        return nominations.accept(callId, nominationId);
    }

    @PostMapping("/calls/{callId}/nominations/{nominationId}/reject")
    @Operation(summary = "Reject a nomination; a reason is required")
    NominationView reject(
            @PathVariable long callId, @PathVariable long nominationId, @Valid @RequestBody ReviewForm form) {
        return nominations.reject(callId, nominationId, form);
    }
}

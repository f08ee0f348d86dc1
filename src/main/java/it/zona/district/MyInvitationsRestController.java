package it.zona.district;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's invitations to Districts' staff; another person's are not found. */
@RestController
@RequestMapping("/api/v1/me/invitations")
@Tag(name = "Districts")
class MyInvitationsRestController {

    private final InvitationInbox invitations;

    MyInvitationsRestController(InvitationInbox invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    @Operation(summary = "My invitations to Districts' staff still waiting for my answer")
    List<InvitationInbox.Offer> pending() {
        return invitations.pending();
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept an invitation: the role in its District is mine from now")
    DistrictRef accept(@PathVariable long id) {
        return invitations.accept(id);
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline an invitation: nothing is granted")
    ResponseEntity<Void> decline(@PathVariable long id) {
        invitations.decline(id);
        return ResponseEntity.noContent().build();
    }
}

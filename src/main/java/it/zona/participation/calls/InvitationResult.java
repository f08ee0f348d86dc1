package it.zona.participation.calls;

import java.util.List;

/** What an invitation request did: the invitations sent, and who could not be invited and why. */
public record InvitationResult(
        List<InvitationView> invited,
        List<InvitationPreview.Recipient> withoutAddress,
        List<InvitationPreview.Recipient> alreadyInvited) {}

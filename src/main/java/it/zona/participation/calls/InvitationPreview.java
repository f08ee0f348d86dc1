package it.zona.participation.calls;

import java.util.List;

/**
 * Who an invitation request reaches: those who will get the mail (and at which address), those
 * who cannot because the District has no e-mail or PEC for them, and those already invited.
 */
public record InvitationPreview(
        List<Recipient> toInvite, List<Recipient> withoutAddress, List<Recipient> alreadyInvited) {

    public record Recipient(long organizationId, String name, String address) {}

    public boolean nobodyToInvite() {
        return toInvite.isEmpty();
    }
}

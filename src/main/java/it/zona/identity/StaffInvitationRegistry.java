package it.zona.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PlainText;
import it.zona.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a District admin brings a person onto the District's staff: by an invitation the person
 * accepts. The admin types a username, a name and an address; whether the username exists or not,
 * the admin's answer and the staff page show the same thing, the invitation with what the admin
 * typed, so that an admin can neither probe usernames nor read another District's people's contacts.
 *
 * <ul>
 *   <li>An existing account is told at its own address (which the admin never sees) and finds the
 *       invitation on its dashboard; it gets the role only by accepting it.
 *   <li>A username nobody has is created as today, with a temporary password that goes only to the
 *       address typed, unless that address already belongs to an account: then nothing is created
 *       and the invitation simply expires. Either way the new account must still accept.
 * </ul>
 */
@Service
@Transactional
public class StaffInvitationRegistry {

    private static final String ENTITY = "RoleInvitation";

    /** An invitation as its District's admins see it: what they typed, never the account's own data. */
    @Schema(name = "StaffInvitation")
    public record Invitation(
            long id, String username, String displayName, String email, DistrictRole role, Instant expiresAt) {}

    /** An invitation as the invited person sees it. */
    public record Offer(long id, long districtId, DistrictRole role, String invitedBy, Instant expiresAt) {}

    /**
     * Whom to tell about the invitation and how: the account's own address, or the typed one with
     * the new account's temporary password. For the caller's mail only, never for the admin's answer.
     */
    public record Notice(String to, String username, String temporaryPassword) {}

    /** The invitation, and the notice to mail (null when nobody can be told). */
    public record Invited(Invitation invitation, Notice notice) {}

    private final RoleInvitations invitations;
    private final Accounts accounts;
    private final AccountRegistry directory;
    private final Access access;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;

    StaffInvitationRegistry(
            RoleInvitations invitations,
            Accounts accounts,
            AccountRegistry directory,
            Access access,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${zona.invitation-validity:14d}") Duration validity) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.directory = directory;
        this.access = access;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.validity = validity;
    }

    /** Invites the username to the role; a pending invitation of the same username is renewed. */
    public Invited invite(long districtId, AccountRegistry.NewAccount typed, DistrictRole role) {
        access.require(districtId, DistrictRole.ADMIN);
        String username = AccountRegistry.normalize(typed.username());
        AccountRegistry.requireValidUsername(username);
        String displayName = PlainText.blankToNull(typed.displayName());
        String email = PlainText.blankToNull(typed.email());
        // Asked of every username alike: asking a new one only would tell which ones exist.
        if (displayName == null) {
            throw RuleViolationException.invalid("displayName", "staff.displayNameRequired");
        }
        if (email == null) {
            throw RuleViolationException.invalid("email", "staff.emailRequired");
        }
        Account account = accounts.findByUsername(username).orElse(null);
        Notice notice = null;
        // Hashed whether or not an account is made, so that the answer's time does not tell either.
        String temporaryPassword = AccountRegistry.temporaryPassword();
        String hash = encoder.encode(temporaryPassword);
        if (account == null && !accounts.existsByEmailIgnoreCase(email)) {
            account = accounts.save(Account.withTemporaryPassword(username, displayName, email, hash));
            events.publishEvent(EntityChanged.created(districtId, "Account", username, AccountRegistry.view(account)));
            notice = new Notice(email, username, temporaryPassword);
        } else if (account != null && account.email() != null) {
            notice = new Notice(account.email(), username, null);
        }
        Instant now = clock.instant();
        RoleInvitation invitation = invitations
                .findByDistrictIdAndUsernameAndStatus(districtId, username, RoleInvitation.Status.PENDING)
                .orElseGet(() -> new RoleInvitation(
                        districtId, username, access.username().orElseThrow()));
        invitation.offer(displayName, email, role, account == null ? null : account.id(), now, now.plus(validity));
        invitation = invitations.save(invitation);
        Invitation view = view(invitation);
        events.publishEvent(EntityChanged.created(districtId, ENTITY, invitation.id(), view));
        return new Invited(view, notice);
    }

    /** The District's invitations still waiting for an answer. */
    @Transactional(readOnly = true)
    public List<Invitation> pending(long districtId) {
        access.require(districtId, DistrictRole.ADMIN);
        return invitations
                .findByDistrictIdAndStatusAndExpiresAtAfterOrderByUsername(
                        districtId, RoleInvitation.Status.PENDING, clock.instant())
                .stream()
                .map(StaffInvitationRegistry::view)
                .toList();
    }

    /** The signed-in account's own invitations still waiting for its answer. */
    @Transactional(readOnly = true)
    public List<Offer> mine() {
        Account account = access.signedIn();
        return invitations
                .findByAccountIdAndStatusAndExpiresAtAfterOrderByCreatedAt(
                        account.id(), RoleInvitation.Status.PENDING, clock.instant())
                .stream()
                .map(i -> new Offer(i.id(), i.districtId(), i.role(), i.invitedBy(), i.expiresAt()))
                .toList();
    }

    /** The invited account takes the role: the only way a District admin's offer becomes a role. */
    public Offer accept(long id) {
        Account account = access.signedIn();
        RoleInvitation invitation = open(id, account);
        directory.give(account, invitation.districtId(), invitation.role());
        invitation.decide(RoleInvitation.Status.ACCEPTED, clock.instant());
        return new Offer(
                invitation.id(),
                invitation.districtId(),
                invitation.role(),
                invitation.invitedBy(),
                invitation.expiresAt());
    }

    /** The invited account says no: nothing is granted. */
    public void decline(long id) {
        open(id, access.signedIn()).decide(RoleInvitation.Status.DECLINED, clock.instant());
    }

    /**
     * The District's admin takes back an invitation still waiting: the person can no longer accept
     * it. An account made for it stays, with no role, as after a declined invitation.
     */
    public void withdraw(long districtId, long id) {
        access.require(districtId, DistrictRole.ADMIN);
        RoleInvitation invitation = invitations
                .findById(id)
                .filter(i -> i.districtId() == districtId)
                .orElseThrow(() -> new NotFoundException("error.invitation.notFound"));
        if (!invitation.isOpen(clock.instant())) {
            throw RuleViolationException.conflict(null, "error.invitation.closed");
        }
        Invitation before = view(invitation);
        invitation.decide(RoleInvitation.Status.WITHDRAWN, clock.instant());
        events.publishEvent(EntityChanged.deleted(districtId, ENTITY, id, before));
    }

    // Someone else's invitation is not found, whoever asks: it says nothing about it.
    private RoleInvitation open(long id, Account account) {
        RoleInvitation invitation = invitations
                .findById(id)
                .filter(i -> account.id().equals(i.accountId()))
                .orElseThrow(() -> new NotFoundException("error.invitation.notFound"));
        if (!invitation.isOpen(clock.instant())) {
            throw RuleViolationException.conflict(null, "error.invitation.closed");
        }
        return invitation;
    }

    private static Invitation view(RoleInvitation invitation) {
        return new Invitation(
                invitation.id(),
                invitation.username(),
                invitation.displayName(),
                invitation.email(),
                invitation.role(),
                invitation.expiresAt());
    }
}

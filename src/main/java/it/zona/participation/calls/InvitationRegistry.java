package it.zona.participation.calls;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.TableRegistry;
import it.zona.plan.PlanFacts;
import it.zona.programme.Named;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PersonalLinks;
import it.zona.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations invited to a call: each gets an e-mail (to its e-mail, else its PEC) with a
 * personal link, and a reminder at most once a day while it has not answered. The District's staff
 * read them; its editors send them. An organisation without an address cannot be invited, and is
 * named as such rather than dropped.
 */
@Service
@Transactional
public class InvitationRegistry {

    public static final String ENTITY = "CallInvitation";

    private final Invitations invitations;
    private final Nominations nominations;
    private final CallRegistry calls;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final OrganizationRegistry organizations;
    private final ParticipationAccess access;
    private final CallMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationRegistry(
            Invitations invitations,
            Nominations nominations,
            CallRegistry calls,
            TableRegistry tables,
            PlanningSpaces spaces,
            OrganizationRegistry organizations,
            ParticipationAccess access,
            CallMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invitations = invitations;
        this.nominations = nominations;
        this.calls = calls;
        this.tables = tables;
        this.spaces = spaces;
        this.organizations = organizations;
        this.access = access;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InvitationView> list(long callId) {
        CallForNominations call = calls.find(callId);
        access.requireStaff(call.districtId());
        List<Invitation> found = invitations.findByCallIdOrderByIdAsc(callId);
        Map<Long, String> names = names(call, found);
        return found.stream()
                .map(invitation -> view(invitation, names))
                .sorted((a, b) -> a.organization()
                        .name()
                        .compareToIgnoreCase(b.organization().name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public InvitationView get(long callId, long invitationId) {
        CallForNominations call = calls.find(callId);
        access.requireStaff(call.districtId());
        Invitation invitation = find(callId, invitationId);
        return view(invitation, names(call, List.of(invitation)));
    }

    /** The District's organisations that may be invited, by name, for the office to pick from. */
    @Transactional(readOnly = true)
    public List<OrganizationView> candidates(long callId) {
        CallForNominations call = calls.find(callId);
        access.requireManage(call.districtId());
        return organizations.all(spaces.plan(call.planId()).districtSlug());
    }

    /** Who the request would reach: the confirmation page shows it before anything is sent. */
    @Transactional(readOnly = true)
    public InvitationPreview preview(long callId, InvitationRequest request) {
        CallForNominations call = calls.find(callId);
        access.requireManage(call.districtId());
        PlanFacts plan = spaces.plan(call.planId());
        Set<Long> picked = new HashSet<>(request.organizationIds());
        for (Long id : picked) {
            organizations.require(call.districtId(), id, "organizationIds");
        }
        List<InvitationPreview.Recipient> toInvite = new ArrayList<>();
        List<InvitationPreview.Recipient> withoutAddress = new ArrayList<>();
        List<InvitationPreview.Recipient> alreadyInvited = new ArrayList<>();
        for (OrganizationView organization : organizations.all(plan.districtSlug())) {
            if (!picked.contains(organization.id())
                    && !request.organizationTypes().contains(organization.type())) {
                continue;
            }
            String address = address(organization);
            InvitationPreview.Recipient recipient =
                    new InvitationPreview.Recipient(organization.id(), organization.name(), address);
            if (invitations.existsByCallIdAndOrganizationId(callId, organization.id())) {
                alreadyInvited.add(recipient);
            } else if (address == null) {
                withoutAddress.add(recipient);
            } else {
                toInvite.add(recipient);
            }
        }
        return new InvitationPreview(toInvite, withoutAddress, alreadyInvited);
    }

    /** Invites the organisations of the request that can be: one e-mail and one personal link each. */
    public InvitationResult invite(long callId, InvitationRequest request) {
        CallForNominations call = calls.find(callId);
        access.requireManage(call.districtId());
        requireAccepting(call);
        if (request.isEmpty()) {
            throw RuleViolationException.invalid("organizationIds", "error.invitation.nobody");
        }
        InvitationPreview preview = preview(callId, request);
        PlanFacts plan = spaces.plan(call.planId());
        CallView callView = calls.view(call);
        Instant now = clock.instant();
        List<InvitationView> sent = new ArrayList<>();
        for (InvitationPreview.Recipient recipient : preview.toInvite()) {
            String token = PersonalLinks.generate();
            Invitation invitation = invitations.saveAndFlush(new Invitation(
                    callId,
                    recipient.organizationId(),
                    PersonalLinks.hash(token),
                    recipient.address(),
                    now,
                    access.actor()));
            mail.invitation(plan, callView, recipient.name(), recipient.address(), token);
            InvitationView view = view(invitation, Map.of(recipient.organizationId(), recipient.name()));
            events.publishEvent(EntityChanged.created(call.districtId(), ENTITY, invitation.id(), view));
            sent.add(view);
        }
        return new InvitationResult(sent, preview.withoutAddress(), preview.alreadyInvited());
    }

    /**
     * Reminds an organisation that has not answered. Only the hash of its token is kept, so the
     * reminder carries a new link and the old one stops working. At most once a day.
     */
    public InvitationView remind(long callId, long invitationId) {
        CallForNominations call = calls.find(callId);
        access.requireManage(call.districtId());
        requireAccepting(call);
        Invitation invitation = find(callId, invitationId);
        OrganizationView organization =
                organizations.require(call.districtId(), invitation.organizationId(), "organizationId");
        if (nominations.existsByInvitationId(invitationId)) {
            throw RuleViolationException.conflict(null, "error.invitation.answered", organization.name());
        }
        String address = address(organization);
        if (address == null) {
            throw RuleViolationException.invalid(null, "error.invitation.noAddress", organization.name());
        }
        Map<Long, String> names = Map.of(organization.id(), organization.name());
        InvitationView before = view(invitation, names);
        String token = PersonalLinks.generate();
        invitation.remind(PersonalLinks.hash(token), address, clock.instant());
        invitations.saveAndFlush(invitation);
        mail.reminder(spaces.plan(call.planId()), calls.view(call), organization.name(), address, token);
        InvitationView after = view(invitation, names);
        events.publishEvent(EntityChanged.updated(call.districtId(), ENTITY, invitationId, before, after));
        return after;
    }

    static String address(OrganizationView organization) {
        if (organization.email() != null && !organization.email().isBlank()) {
            return organization.email().strip();
        }
        if (organization.pec() != null && !organization.pec().isBlank()) {
            return organization.pec().strip();
        }
        return null;
    }

    private void requireAccepting(CallForNominations call) {
        if (!call.accepting(clock.instant())) {
            throw RuleViolationException.invalid(null, "error.call.notAccepting", call.title());
        }
    }

    private Invitation find(long callId, long invitationId) {
        return invitations
                .findByIdAndCallId(invitationId, callId)
                .orElseThrow(() -> new NotFoundException("error.invitation.notFound", invitationId));
    }

    private Map<Long, String> names(CallForNominations call, List<Invitation> found) {
        return organizations.names(
                call.districtId(),
                found.stream().map(Invitation::organizationId).collect(Collectors.toSet()));
    }

    private InvitationView view(Invitation invitation, Map<Long, String> names) {
        return new InvitationView(
                invitation.id(),
                invitation.callId(),
                new Named(invitation.organizationId(), names.get(invitation.organizationId())),
                invitation.sentTo(),
                invitation.invitedAt(),
                invitation.invitedBy(),
                invitation.lastReminderAt(),
                invitation.reminders(),
                invitation.nextReminderFrom(),
                nominations.existsByInvitationId(invitation.id()),
                invitation.version());
    }
}

package it.zona.participation.calls;

import it.zona.organization.OrganizationRegistry;
import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.Representative;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an organisation answers a call through its personal link, without an account: the token
 * alone says which organisation and which call, and works only while the call takes nominations.
 * The organisation can come back until the deadline to add tables, name someone else at a table
 * still waiting for the office, or withdraw; nothing it sent is overwritten.
 */
@Service
@Transactional
class NominationDesk {

    public static final String ENTITY = "Nomination";

    private final Invitations invitations;
    private final Nominations nominations;
    private final CallRegistry calls;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final OrganizationRegistry organizations;
    private final CallMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NominationDesk(
            Invitations invitations,
            Nominations nominations,
            CallRegistry calls,
            TableRegistry tables,
            PlanningSpaces spaces,
            OrganizationRegistry organizations,
            CallMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invitations = invitations;
        this.nominations = nominations;
        this.calls = calls;
        this.tables = tables;
        this.spaces = spaces;
        this.organizations = organizations;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** The page of a link, whether or not the call still takes nominations; an unknown token is not found. */
    @Transactional(readOnly = true)
    public NominationPage page(String token) {
        Invitation invitation = resolve(token);
        CallForNominations call = calls.find(invitation.callId());
        PlanFacts plan = spaces.plan(call.planId());
        CallView view = calls.view(call);
        String organization = organizationName(call, invitation);
        List<NominationView> sent = views(call, invitation, organization);
        Set<Long> taken = nominations.findByInvitationIdOrderByIdAsc(invitation.id()).stream()
                .filter(Nomination::isCurrent)
                .map(Nomination::tableId)
                .collect(Collectors.toSet());
        List<Named> open =
                view.tables().stream().filter(t -> !taken.contains(t.id())).toList();
        return new NominationPage(
                plan, view, new Named(invitation.organizationId(), organization), sent, open, mail.contact(plan));
    }

    /** Nominates at every table ticked in the form; the deadline must not have passed. */
    public List<NominationView> nominate(String token, NominationsForm form) {
        Invitation invitation = resolve(token);
        CallForNominations call = calls.find(invitation.callId());
        List<NominationForm> chosen = form.chosen();
        if (chosen.isEmpty()) {
            throw RuleViolationException.invalid(null, "error.nomination.noTable");
        }
        List<NominationView> created = new ArrayList<>();
        for (int i = 0; i < form.entries().size(); i++) {
            NominationForm entry = form.entries().get(i);
            if (entry.isChosen()) {
                created.add(submit(call, invitation, entry, "entries[" + i + "].", null, null));
            }
        }
        return created;
    }

    /** Names someone else at a table still waiting for the office: a new nomination supersedes the old. */
    public NominationView replace(String token, long nominationId, NominationForm form) {
        Invitation invitation = resolve(token);
        CallForNominations call = calls.find(invitation.callId());
        Nomination previous = own(invitation, nominationId);
        requireAccepting(call);
        NominationView before = view(call, invitation, previous);
        previous.supersede(clock.instant());
        nominations.saveAndFlush(previous);
        events.publishEvent(EntityChanged.updated(
                call.districtId(), ENTITY, previous.id(), before, view(call, invitation, previous)));
        NominationForm same = new NominationForm(
                previous.tableId(),
                true,
                form.representativeName(),
                form.representativeRole(),
                form.representativeEmail(),
                form.representativePhone(),
                form.substituteName(),
                form.substituteRole(),
                form.substituteEmail(),
                form.substitutePhone());
        return submit(call, invitation, same, "", null, previous.id());
    }

    /** Takes back a nomination the office has not decided yet. */
    public NominationView withdraw(String token, long nominationId) {
        Invitation invitation = resolve(token);
        CallForNominations call = calls.find(invitation.callId());
        Nomination nomination = own(invitation, nominationId);
        requireAccepting(call);
        NominationView before = view(call, invitation, nomination);
        nomination.withdraw(clock.instant());
        nominations.saveAndFlush(nomination);
        NominationView after = view(call, invitation, nomination);
        events.publishEvent(EntityChanged.updated(call.districtId(), ENTITY, nominationId, before, after));
        return after;
    }

    @Transactional(readOnly = true)
    public NominationView get(String token, long nominationId) {
        Invitation invitation = resolve(token);
        CallForNominations call = calls.find(invitation.callId());
        return view(call, invitation, own(invitation, nominationId));
    }

    /**
     * One nomination at one table of the call, by the organisation through its link ({@code by}
     * null) or recorded by the office. {@code prefix} names the form's fields in refusals.
     */
    NominationView submit(
            CallForNominations call,
            Invitation invitation,
            NominationForm entry,
            String prefix,
            String by,
            Long supersedes) {
        requireAccepting(call);
        if (entry.tableId() == null || !call.tableIds().contains(entry.tableId())) {
            throw RuleViolationException.invalid(prefix + "tableId", "error.nomination.tableNotInCall");
        }
        Representative representative = entry.representative();
        if (representative == null) {
            throw RuleViolationException.invalid(prefix + "representativeName", "error.nomination.nameRequired");
        }
        boolean taken = nominations.findByInvitationIdOrderByIdAsc(invitation.id()).stream()
                .anyMatch(n -> n.isCurrent() && n.tableId() == entry.tableId());
        if (taken) {
            throw RuleViolationException.conflict(prefix + "tableId", "error.nomination.alreadyNominated");
        }
        Nomination nomination = nominations.saveAndFlush(new Nomination(
                invitation, entry.tableId(), representative, entry.substitute(), clock.instant(), by, supersedes));
        NominationView view = view(call, invitation, nomination);
        events.publishEvent(EntityChanged.created(call.districtId(), ENTITY, nomination.id(), view));
        return view;
    }

    void requireAccepting(CallForNominations call) {
        Instant now = clock.instant();
        if (!call.accepting(now)) {
            throw RuleViolationException.invalid(
                    null, "error.nomination.deadlinePassed", call.title(), CallTimes.format(call.deadline()));
        }
    }

    /** The invitation of a token; a malformed or unknown token, whatever its form, is simply not found. */
    private Invitation resolve(String token) {
        if (!PersonalLinks.wellFormed(token)) {
            throw new NotFoundException("error.nomination.invalidLink");
        }
        return invitations
                .findByTokenHash(PersonalLinks.hash(token))
                .orElseThrow(() -> new NotFoundException("error.nomination.invalidLink"));
    }

    /** A nomination of this invitation only: another organisation's is not found. */
    private Nomination own(Invitation invitation, long nominationId) {
        return nominations
                .findByIdAndInvitationId(nominationId, invitation.id())
                .orElseThrow(() -> new NotFoundException("error.nomination.notFound", nominationId));
    }

    private String organizationName(CallForNominations call, Invitation invitation) {
        return organizations
                .names(call.districtId(), List.of(invitation.organizationId()))
                .get(invitation.organizationId());
    }

    private List<NominationView> views(CallForNominations call, Invitation invitation, String organization) {
        Map<Long, String> tableNames =
                calls.view(call).tables().stream().collect(Collectors.toMap(Named::id, Named::name));
        return nominations.findByInvitationIdOrderByIdAsc(invitation.id()).stream()
                .map(n -> n.view(organization, tableNames.get(n.tableId())))
                .toList();
    }

    private NominationView view(CallForNominations call, Invitation invitation, Nomination nomination) {
        String table = calls.view(call).tables().stream()
                .filter(t -> t.id() == nomination.tableId())
                .map(Named::name)
                .findFirst()
                .orElse(null);
        return nomination.view(organizationName(call, invitation), table);
    }
}

package it.zona.participation.calls;

import it.zona.organization.OrganizationRegistry;
import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.tables.TableMembership;
import it.zona.programme.Named;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's side of the nominations of a call: reading them with the representatives' contacts
 * (the District's staff only), accepting one, which seats the organisation at the table, rejecting
 * one with a reason, and recording one an organisation sent otherwise (by PEC).
 */
@Service
@Transactional
public class NominationRegistry {

    private final Nominations nominations;
    private final Invitations invitations;
    private final CallRegistry calls;
    private final NominationDesk desk;
    private final TableMembership membership;
    private final OrganizationRegistry organizations;
    private final ParticipationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NominationRegistry(
            Nominations nominations,
            Invitations invitations,
            CallRegistry calls,
            NominationDesk desk,
            TableMembership membership,
            OrganizationRegistry organizations,
            ParticipationAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.nominations = nominations;
        this.invitations = invitations;
        this.calls = calls;
        this.desk = desk;
        this.membership = membership;
        this.organizations = organizations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Every nomination of the call, the superseded and withdrawn ones too, in the order they came. */
    @Transactional(readOnly = true)
    public List<NominationView> list(long callId) {
        CallForNominations call = calls.find(callId);
        access.requireStaff(call.districtId());
        List<Nomination> found = nominations.findByCallIdOrderByIdAsc(callId);
        Map<Long, String> names = organizations.names(
                call.districtId(),
                found.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        Map<Long, String> tableNames = tableNames(call);
        return found.stream()
                .map(n -> n.view(names.get(n.organizationId()), tableNames.get(n.tableId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public NominationView get(long callId, long nominationId) {
        CallForNominations call = calls.find(callId);
        access.requireStaff(call.districtId());
        return view(call, find(callId, nominationId));
    }

    /** Accepts the nomination and seats the organisation at the table with its representatives. */
    public NominationView accept(long callId, long nominationId) {
        CallForNominations call = calls.find(callId);
        access.requireManage(call.districtId());
        Nomination nomination = find(callId, nominationId);
        NominationView before = view(call, nomination);
        nomination.accept(clock.instant(), access.actor());
        nominations.saveAndFlush(nomination);
        membership.seat(
                nomination.tableId(),
                nomination.organizationId(),
                nomination.representative(),
                nomination.substitute(),
                nomination.id());
        return changed(call, nomination, before);
    }

    public NominationView reject(long callId, long nominationId, ReviewForm form) {
        CallForNominations call = calls.find(callId);
        access.requireManage(call.districtId());
        Nomination nomination = find(callId, nominationId);
        NominationView before = view(call, nomination);
        nomination.reject(form == null ? null : form.reason(), clock.instant(), access.actor());
        nominations.saveAndFlush(nomination);
        return changed(call, nomination, before);
    }

    /** The office records a nomination an invited organisation sent otherwise (by PEC, on paper). */
    public NominationView record(long callId, long organizationId, NominationForm form) {
        CallForNominations call = calls.find(callId);
        access.requireManage(call.districtId());
        Invitation invitation = invitations
                .findByCallIdAndOrganizationId(callId, organizationId)
                .orElseThrow(() -> RuleViolationException.invalid("organizationId", "error.nomination.notInvited"));
        return desk.submit(call, invitation, form, "", access.actor(), null);
    }

    private NominationView changed(CallForNominations call, Nomination nomination, NominationView before) {
        NominationView after = view(call, nomination);
        events.publishEvent(
                EntityChanged.updated(call.districtId(), NominationDesk.ENTITY, nomination.id(), before, after));
        return after;
    }

    private Nomination find(long callId, long nominationId) {
        return nominations
                .findByIdAndCallId(nominationId, callId)
                .orElseThrow(() -> new NotFoundException("error.nomination.notFound", nominationId));
    }

    private NominationView view(CallForNominations call, Nomination nomination) {
        String name = organizations
                .names(call.districtId(), List.of(nomination.organizationId()))
                .get(nomination.organizationId());
        return nomination.view(name, tableNames(call).get(nomination.tableId()));
    }

    private Map<Long, String> tableNames(CallForNominations call) {
        return calls.view(call).tables().stream().collect(Collectors.toMap(Named::id, Named::name));
    }
}

package it.zona.agreement;

import it.zona.identity.Access;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.plan.PlanFacts;
import it.zona.plan.PlanRegistry;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PersonalLinks;
import it.zona.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parties' personal links. A mayor or a health authority's director has no account: once the
 * agreement is frozen the office sends each party, by e-mail to its organisation's PEC (else its
 * e-mail), a link through which that party, and nobody else, uploads its own signed file. The token
 * alone says which party; a new link replaces the earlier one, and a link stops working after
 * {@link #VALID_DAYS} days or once the party has a passed signature.
 */
@Service
@Transactional
class SigningLinks {

    static final String ENTITY = "AgreementPartyLink";

    /** How long a link works. */
    static final int VALID_DAYS = 60;

    /** The longest {@code uploadedBy} the signature keeps. */
    private static final int MAX_UPLOADED_BY = 100;

    private final Agreements agreements;
    private final AgreementParties parties;
    private final Signatures signatures;
    private final PartyLinks links;
    private final AgreementRegistry registry;
    private final PlanRegistry plans;
    private final OrganizationRegistry organizations;
    private final Access access;
    private final SigningMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SigningLinks(
            Agreements agreements,
            AgreementParties parties,
            Signatures signatures,
            PartyLinks links,
            AgreementRegistry registry,
            PlanRegistry plans,
            OrganizationRegistry organizations,
            Access access,
            SigningMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.agreements = agreements;
        this.parties = parties;
        this.signatures = signatures;
        this.links = links;
        this.registry = registry;
        this.plans = plans;
        this.organizations = organizations;
        this.access = access;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Where and when a party's last link went, for the office; never the link itself. */
    record Sent(long partyId, String sentTo, Instant sentAt, Instant expiresAt) {}

    /** What a party's link shows: the plan, the agreement, the party, and until when the link works. */
    record Page(PlanFacts plan, AgreementView agreement, AgreementView.PartyView party, Instant expiresAt) {}

    /**
     * Sends the party a new personal link (District editors, once the agreement is frozen, to a party
     * that has not signed yet); any earlier link of the party stops working.
     */
    Sent send(long planId, long partyId) {
        registry.authorizeChange(planId);
        ProgramAgreement agreement = agreements
                .findByPlanId(planId)
                .orElseThrow(() -> new NotFoundException("error.agreement.notFound", planId));
        agreement.requireFrozen();
        AgreementParty party = parties.findById(partyId)
                .filter(p -> p.agreementId() == agreement.id())
                .orElseThrow(() -> new NotFoundException("error.agreement.noSuchParty", partyId));
        OrganizationView organization =
                organizations.require(agreement.districtId(), party.organizationId(), "organizationId");
        if (signed(party)) {
            throw RuleViolationException.conflict(null, "error.agreementLink.signed", organization.name());
        }
        String address = address(organization);
        if (address == null) {
            throw RuleViolationException.invalid(null, "error.agreementLink.noAddress", organization.name());
        }
        String token = PersonalLinks.generate();
        Instant now = clock.instant();
        PartyLink link = links.findByPartyId(partyId).orElseGet(() -> new PartyLink(partyId));
        Sent before = link.sentAt() == null ? null : sent(link);
        link.send(
                PersonalLinks.hash(token),
                address,
                now,
                access.username().orElse("system"),
                now.plus(Duration.ofDays(VALID_DAYS)));
        links.saveAndFlush(link);
        AgreementView view = registry.view(agreement);
        mail.send(plans.facts(planId), view, AgreementPages.party(view, partyId), address, token, link.expiresAt());
        Sent after = sent(link);
        events.publishEvent(
                before == null
                        ? EntityChanged.created(agreement.districtId(), ENTITY, partyId, after)
                        : EntityChanged.updated(agreement.districtId(), ENTITY, partyId, before, after));
        return after;
    }

    /** The last link sent to each party of the plan's agreement, for the office's page. */
    @Transactional(readOnly = true)
    Map<Long, Sent> sent(long planId) {
        registry.authorizeChange(planId);
        return agreements
                .findByPlanId(planId)
                .map(agreement -> links
                        .findByPartyIdIn(parties.findByAgreementIdOrderById(agreement.id()).stream()
                                .map(AgreementParty::id)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(PartyLink::partyId, SigningLinks::sent)))
                .orElse(Map.of());
    }

    /** What the link shows; a link that is not, or no longer, valid is not found, with why. */
    @Transactional(readOnly = true)
    Page page(String token) {
        Resolved resolved = resolve(token);
        return page(resolved);
    }

    /** A file taken through a link: the agreement as it stands now, and the file as kept. */
    record Signed(Page page, AgreementView.SignatureView kept) {}

    /**
     * Takes the link's party's signed file, validated as the office's upload is: refused with DSS's
     * reason and nothing kept, or kept for that party and no other.
     */
    Signed sign(String token, String fileName, byte[] content) {
        Resolved resolved = resolve(token);
        String name = organizations
                .names(
                        resolved.agreement().districtId(),
                        List.of(resolved.party().organizationId()))
                .get(resolved.party().organizationId());
        String uploadedBy = "link:" + name;
        registry.sign(
                resolved.agreement(),
                resolved.party(),
                fileName,
                content,
                uploadedBy.length() > MAX_UPLOADED_BY ? uploadedBy.substring(0, MAX_UPLOADED_BY) : uploadedBy);
        Page page = page(resolved);
        AgreementView.SignatureView kept = page.party().signatures().stream()
                .max(Comparator.comparingLong(AgreementView.SignatureView::id))
                .orElseThrow();
        return new Signed(page, kept);
    }

    private record Resolved(ProgramAgreement agreement, AgreementParty party, PartyLink link) {}

    private Page page(Resolved resolved) {
        AgreementView view = registry.view(resolved.agreement());
        return new Page(
                plans.facts(resolved.agreement().planId()),
                view,
                AgreementPages.party(view, resolved.party().id()),
                resolved.link().expiresAt());
    }

    private Resolved resolve(String token) {
        if (!PersonalLinks.wellFormed(token)) {
            throw new NotFoundException("error.agreementLink.invalid");
        }
        PartyLink link = links.findByTokenHash(PersonalLinks.hash(token))
                .orElseThrow(() -> new NotFoundException("error.agreementLink.invalid"));
        AgreementParty party = parties.findById(link.partyId())
                .orElseThrow(() -> new NotFoundException("error.agreementLink.invalid"));
        if (signed(party)) {
            throw new NotFoundException("error.agreementLink.used");
        }
        if (link.expired(clock.instant())) {
            throw new NotFoundException("error.agreementLink.expired");
        }
        ProgramAgreement agreement = agreements
                .findById(party.agreementId())
                .orElseThrow(() -> new NotFoundException("error.agreementLink.invalid"));
        return new Resolved(agreement, party, link);
    }

    private boolean signed(AgreementParty party) {
        return signatures.existsByPartyIdAndIndication(party.id(), Indication.PASSED);
    }

    /** The organisation's PEC, the address of record between public bodies; else its e-mail. */
    static String address(OrganizationView organization) {
        Function<String, String> usable = a -> a == null || a.isBlank() ? null : a.strip();
        String pec = usable.apply(organization.pec());
        return pec != null ? pec : usable.apply(organization.email());
    }

    private static Sent sent(PartyLink link) {
        return new Sent(link.partyId(), link.sentTo(), link.sentAt(), link.expiresAt());
    }
}

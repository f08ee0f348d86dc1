package it.zona.agreement;

import it.zona.archive.OfficialArchive;
import it.zona.archive.OfficialDocumentRef;
import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.document.PdfA;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.shared.EntityChanged;
import it.zona.shared.Markdown;
import it.zona.shared.NotFoundException;
import it.zona.shared.OfficialDocumentIssued;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A plan's Accordo di Programma: the office (District editors) drafts it, lists its parties and
 * freezes it as a PDF/A; each party's signed file is validated ({@link SignatureValidator}) and kept
 * with DSS's reports; when every required party has a passed signature the agreement is in force on
 * the day of the last one. Public to read when its plan is.
 */
@Service
@Transactional
public class AgreementRegistry {

    static final String ENTITY = "ProgramAgreement";

    /** The largest signed file taken; the frozen PDF is small, a signature adds little. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final Agreements agreements;
    private final AgreementParties parties;
    private final Signatures signatures;
    private final AgreementFiles files;
    private final SignatureValidator validator;
    private final TrustAnchors anchors;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final OrganizationRegistry organizations;
    private final OfficialArchive archive;
    private final Access access;
    private final ITemplateEngine templates;
    private final PdfA pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementRegistry(
            Agreements agreements,
            AgreementParties parties,
            Signatures signatures,
            AgreementFiles files,
            SignatureValidator validator,
            TrustAnchors anchors,
            PlanRegistry plans,
            DistrictRegistry districts,
            OrganizationRegistry organizations,
            OfficialArchive archive,
            Access access,
            ITemplateEngine templates,
            PdfA pdf,
            ApplicationEventPublisher events,
            Clock clock) {
        this.agreements = agreements;
        this.parties = parties;
        this.signatures = signatures;
        this.files = files;
        this.validator = validator;
        this.anchors = anchors;
        this.plans = plans;
        this.districts = districts;
        this.organizations = organizations;
        this.archive = archive;
        this.access = access;
        this.templates = templates;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    /** Public once the plan is: the plan's agreement. */
    @Transactional(readOnly = true)
    public AgreementView get(long planId) {
        plans.readableView(planId);
        return view(find(planId));
    }

    /** The plan's agreement if it has one: its pages offer the office to draft one otherwise. */
    @Transactional(readOnly = true)
    Optional<AgreementView> ofPlan(long planId) {
        plans.readableView(planId);
        return agreements.findByPlanId(planId).map(this::view);
    }

    /** Whether the current user may draft and change the plan's agreement: an editor of its District. */
    @Transactional(readOnly = true)
    boolean editable(long planId) {
        long district = districts.ref(plans.view(planId).districtSlug()).id();
        return access.roleIn(district)
                .map(role -> role.includes(DistrictRole.EDITOR))
                .orElse(false);
    }

    /**
     * Refuses who may not change the plan's agreement, before a form is shown or read and before the
     * agreement is looked for: a refusal says nothing of whether there is one.
     */
    @Transactional(readOnly = true)
    DistrictAccess authorizeChange(long planId) {
        return districts.authorize(plans.view(planId).districtSlug(), DistrictRole.EDITOR);
    }

    public AgreementView create(long planId, AgreementForm form) {
        DistrictAccess district = authorizeChange(planId);
        if (agreements.findByPlanId(planId).isPresent()) {
            throw RuleViolationException.conflict(null, "error.agreement.exists");
        }
        ProgramAgreement agreement = new ProgramAgreement(
                planId, district.id(), form.title().strip(), form.text().strip(), clock.instant());
        agreements.saveAndFlush(agreement);
        AgreementView view = view(agreement);
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, agreement.id(), view));
        return view;
    }

    public AgreementView update(long planId, AgreementForm form, long expectedVersion) {
        return change(
                planId,
                expectedVersion,
                agreement -> agreement.write(form.title().strip(), form.text().strip(), clock.instant()));
    }

    /** A party of the District; while drafting any, afterwards only a body that adheres. */
    public AgreementView.PartyView addParty(long planId, PartyForm form, long expectedVersion) {
        AgreementView after = change(planId, expectedVersion, agreement -> {
            if (agreement.status() != AgreementStatus.DRAFT && form.kind() != PartyKind.ADHERENT) {
                throw RuleViolationException.conflict("kind", "error.agreement.onlyAdherentsLater");
            }
            organizations.require(agreement.districtId(), form.organizationId(), "organizationId");
            if (parties.existsByAgreementIdAndOrganizationId(agreement.id(), form.organizationId())) {
                throw RuleViolationException.conflict("organizationId", "error.agreement.partyTwice");
            }
            AgreementParty party = new AgreementParty(agreement.id(), form.organizationId());
            describe(party, form);
            parties.save(party);
        });
        return after.parties().stream()
                .filter(p -> p.organization().id() == form.organizationId())
                .findFirst()
                .orElseThrow();
    }

    /** The District's organisations that are not yet parties, for the office's form that adds one. */
    @Transactional(readOnly = true)
    List<OrganizationView> candidates(long planId) {
        ProgramAgreement agreement = find(planId);
        Set<Long> parties = this.parties.findByAgreementIdOrderById(agreement.id()).stream()
                .map(AgreementParty::organizationId)
                .collect(Collectors.toSet());
        return organizations.all(plans.view(planId).districtSlug()).stream()
                .filter(organization -> !parties.contains(organization.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public AgreementView.PartyView party(long planId, long partyId) {
        return get(planId).parties().stream()
                .filter(p -> p.id() == partyId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.agreement.noSuchParty", partyId));
    }

    /**
     * Who signs for a party can be corrected until the party has signed; its kind and whether its
     * signature is needed only while drafting.
     */
    public AgreementView updateParty(long planId, long partyId, PartyForm form, long expectedVersion) {
        return change(planId, expectedVersion, agreement -> {
            AgreementParty party = party(agreement, partyId);
            if (form.organizationId() != party.organizationId()) {
                throw RuleViolationException.invalid("organizationId", "error.agreement.partyOrganizationFixed");
            }
            if (signatures.existsByPartyId(partyId)) {
                throw RuleViolationException.conflict(null, "error.agreement.partySigned");
            }
            if (agreement.status() != AgreementStatus.DRAFT
                    && (form.kind() != party.kind() || form.signatureRequired() != party.signatureRequired())) {
                throw RuleViolationException.conflict("kind", "error.agreement.frozen");
            }
            describe(party, form);
        });
    }

    /** The versions of the District's archive the draft may attach, for the office's form. */
    @Transactional(readOnly = true)
    List<OfficialDocumentRef> attachable(long planId) {
        ProgramAgreement agreement = find(planId);
        return archive.citable(agreement.districtId()).stream()
                .filter(document -> !agreement.attachments().contains(document.id()))
                .toList();
    }

    /** Attaches a version of a document of the District's archive to the draft. */
    public AgreementView attach(long planId, long documentId, long expectedVersion) {
        return change(planId, expectedVersion, agreement -> {
            archive.references(agreement.districtId(), List.of(documentId), "documentId");
            agreement.attach(documentId, clock.instant());
        });
    }

    public AgreementView detach(long planId, long documentId, long expectedVersion) {
        return change(planId, expectedVersion, agreement -> agreement.detach(documentId, clock.instant()));
    }

    public AgreementView removeParty(long planId, long partyId, long expectedVersion) {
        return change(planId, expectedVersion, agreement -> {
            agreement.requireDraft();
            parties.delete(party(agreement, partyId));
        });
    }

    /** Writes the PDF/A the parties sign; from now on its text and signatories do not change. */
    public AgreementView freeze(long planId, long expectedVersion) {
        return change(planId, expectedVersion, agreement -> {
            agreement.requireDraft();
            // The parties sign what the mayors approved: the plan, and with it the agreement's draft.
            if (!plans.view(planId).stage().isPastApproval()) {
                throw RuleViolationException.conflict(null, "error.agreement.planNotApproved");
            }
            if (parties.findByAgreementIdOrderById(agreement.id()).stream()
                    .noneMatch(AgreementParty::signatureRequired)) {
                throw RuleViolationException.conflict(null, "error.agreement.noRequiredParty");
            }
            byte[] pdf = document(agreement);
            AgreementFile document = files.save(new AgreementFile(pdf));
            agreement.freeze(document, clock.instant());
            issue(
                    agreement,
                    OfficialDocumentIssued.Kind.AGREEMENT,
                    "agreement:" + agreement.id(),
                    "Accordo di Programma – " + agreement.title(),
                    "accordo-di-programma-" + agreement.planId() + ".pdf",
                    "application/pdf",
                    pdf);
        });
    }

    /** The frozen PDF, exactly as it is signed. */
    @Transactional(readOnly = true)
    StoredFile frozenDocument(long planId) {
        plans.readableView(planId);
        ProgramAgreement agreement = find(planId);
        agreement.requireFrozen();
        AgreementFile file = files.getReferenceById(agreement.frozenFileId());
        return new StoredFile(
                "accordo-di-programma-" + planId + ".pdf", "application/pdf", file.sha256(), file.content());
    }

    /** A file and its digest, to be downloaded. */
    public record StoredFile(String name, String mediaType, String sha256, byte[] content) {}

    /** The media type of a CMS envelope, a {@code .p7m} (RFC 8551). */
    static final String PKCS7_MIME = "application/pkcs7-mime";

    /**
     * Takes a party's signed file. A file that is no signature of the frozen agreement, or whose
     * signature failed, is refused with DSS's reason and nothing is kept; otherwise it is kept with
     * its reports, and the agreement enters into force when every required party has passed.
     */
    AgreementView sign(long planId, long partyId, String fileName, byte[] content) {
        authorizeChange(planId);
        ProgramAgreement agreement = find(planId);
        return sign(
                agreement,
                party(agreement, partyId),
                fileName,
                content,
                access.username().orElse("system"));
    }

    /**
     * Takes the party's signed file, as {@link #sign(long, long, String, byte[])} does, for whoever
     * the caller has already found entitled to sign for that party ({@code uploadedBy}).
     */
    AgreementView sign(
            ProgramAgreement agreement, AgreementParty party, String fileName, byte[] content, String uploadedBy) {
        agreement.requireFrozen();
        String name = fileName == null || fileName.isBlank() ? "firmato" : fileName.strip();
        if (content.length > MAX_FILE_BYTES) {
            throw RuleViolationException.invalid("file", "error.signature.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        if (!SignatureValidator.looksSigned(content)) {
            throw RuleViolationException.invalid("file", "error.signature.wrongType");
        }
        byte[] frozen = files.getReferenceById(agreement.frozenFileId()).content();
        Verdict verdict = validator.validate(content, name, frozen);
        if (verdict.indication() == Indication.FAILED) {
            throw RuleViolationException.invalid(
                    "file", "error.signature." + verdict.reason().name().toLowerCase(Locale.ROOT), failure(verdict));
        }
        AgreementView before = view(agreement);
        AgreementFile stored = files.save(new AgreementFile(content));
        Instant now = clock.instant();
        signatures.save(new Signature(agreement.id(), party.id(), stored, name, verdict, now, uploadedBy));
        signatures.flush();
        if (verdict.indication() == Indication.PASSED) {
            issue(
                    agreement,
                    OfficialDocumentIssued.Kind.SIGNED_AGREEMENT,
                    "agreement:" + agreement.id() + ":party:" + party.id(),
                    "Accordo di Programma – " + agreement.title() + " – firmato da "
                            + organizations
                                    .names(agreement.districtId(), List.of(party.organizationId()))
                                    .get(party.organizationId()),
                    name,
                    verdict.format() == SignatureFormat.PADES ? "application/pdf" : PKCS7_MIME,
                    content);
        }
        inForceWhenComplete(agreement, now);
        agreement.touch(now);
        agreements.saveAndFlush(agreement);
        AgreementView after = view(agreement);
        events.publishEvent(EntityChanged.updated(agreement.districtId(), ENTITY, agreement.id(), before, after));
        return after;
    }

    /** A kept signed file, as it was uploaded. */
    @Transactional(readOnly = true)
    StoredFile signedFile(long planId, long signatureId) {
        plans.readableView(planId);
        ProgramAgreement agreement = find(planId);
        Signature signature = signatures
                .findById(signatureId)
                .filter(s -> s.agreementId() == agreement.id())
                .orElseThrow(() -> new NotFoundException("error.signature.notFound", signatureId));
        AgreementFile file = files.getReferenceById(signature.fileId());
        String type = signature.format() == SignatureFormat.PADES ? "application/pdf" : PKCS7_MIME;
        return new StoredFile(signature.fileName(), type, file.sha256(), file.content());
    }

    /** DSS's report of a kept signed file, simple or detailed, as it issued it. */
    @Transactional(readOnly = true)
    String report(long planId, long signatureId, boolean detailed) {
        plans.readableView(planId);
        ProgramAgreement agreement = find(planId);
        Signature signature = signatures
                .findById(signatureId)
                .filter(s -> s.agreementId() == agreement.id())
                .orElseThrow(() -> new NotFoundException("error.signature.notFound", signatureId));
        return detailed ? signature.detailedReport() : signature.simpleReport();
    }

    /** Keeps an issued file in the District's archive; the agreement's files are public with its plan. */
    private void issue(
            ProgramAgreement agreement,
            OfficialDocumentIssued.Kind kind,
            String series,
            String title,
            String fileName,
            String mediaType,
            byte[] content) {
        events.publishEvent(new OfficialDocumentIssued(
                agreement.districtId(),
                kind,
                series,
                title,
                null,
                agreement.planId(),
                true,
                LocalDate.ofInstant(clock.instant(), PlatformConfig.ZONE),
                "/plans/" + agreement.planId() + "/agreement",
                fileName,
                mediaType,
                content));
    }

    private void inForceWhenComplete(ProgramAgreement agreement, Instant now) {
        List<AgreementParty> required = parties.findByAgreementIdOrderById(agreement.id()).stream()
                .filter(AgreementParty::signatureRequired)
                .toList();
        Map<Long, Instant> signedAt = firstPassedSignature(agreement);
        if (!required.isEmpty() && required.stream().allMatch(p -> signedAt.containsKey(p.id()))) {
            Instant last = required.stream()
                    .map(p -> signedAt.get(p.id()))
                    .max(Instant::compareTo)
                    .orElseThrow();
            agreement.enterIntoForce(LocalDate.ofInstant(last, PlatformConfig.ZONE), now);
        }
    }

    /** For each party, when it first signed with a passed signature. */
    private Map<Long, Instant> firstPassedSignature(ProgramAgreement agreement) {
        Map<Long, Instant> signedAt = new HashMap<>();
        for (Signature signature : signatures.findByAgreementIdOrderById(agreement.id())) {
            if (signature.passed()) {
                signedAt.merge(signature.partyId(), signature.signedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return signedAt;
    }

    private static String failure(Verdict verdict) {
        return verdict.signers().stream()
                .filter(s -> s.indication() != Indication.PASSED)
                .map(s -> s.subIndication() == null ? s.errors() : s.subIndication() + ": " + s.errors())
                .findFirst()
                .orElse("");
    }

    private AgreementView change(long planId, long expectedVersion, Change change) {
        DistrictAccess district = authorizeChange(planId);
        ProgramAgreement agreement = find(planId);
        StaleVersionException.check(expectedVersion, agreement.version());
        AgreementView before = view(agreement);
        change.apply(agreement);
        parties.flush();
        agreement.touch(clock.instant());
        agreements.saveAndFlush(agreement);
        AgreementView after = view(agreement);
        events.publishEvent(EntityChanged.updated(district.id(), ENTITY, agreement.id(), before, after));
        return after;
    }

    private interface Change {
        void apply(ProgramAgreement agreement);
    }

    private static void describe(AgreementParty party, PartyForm form) {
        party.describe(
                form.kind(),
                form.signatoryName().strip(),
                form.signatoryRole().strip(),
                form.empoweringAct() == null || form.empoweringAct().isBlank()
                        ? null
                        : form.empoweringAct().strip(),
                form.signatureRequired());
    }

    private ProgramAgreement find(long planId) {
        return agreements
                .findByPlanId(planId)
                .orElseThrow(() -> new NotFoundException("error.agreement.notFound", planId));
    }

    private AgreementParty party(ProgramAgreement agreement, long partyId) {
        return parties.findById(partyId)
                .filter(p -> p.agreementId() == agreement.id())
                .orElseThrow(() -> new NotFoundException("error.agreement.noSuchParty", partyId));
    }

    private byte[] document(ProgramAgreement agreement) {
        PlanView plan = plans.view(agreement.planId());
        Context context = new Context(Locale.ITALIAN);
        context.setVariable("agreement", view(agreement));
        context.setVariable("plan", plan);
        context.setVariable("textHtml", Markdown.html(agreement.text()));
        return pdf.write(templates.process("agreement/agreement-pdf", context));
    }

    AgreementView view(ProgramAgreement agreement) {
        List<AgreementParty> list = parties.findByAgreementIdOrderById(agreement.id());
        Map<Long, String> names = organizations.names(
                agreement.districtId(),
                list.stream().map(AgreementParty::organizationId).toList());
        Map<Long, List<AgreementView.SignatureView>> byParty = new HashMap<>();
        for (Signature signature : signatures.findByAgreementIdOrderById(agreement.id())) {
            byParty.computeIfAbsent(signature.partyId(), id -> new ArrayList<>())
                    .add(signatureView(signature));
        }
        Map<Long, Instant> signedAt = firstPassedSignature(agreement);
        List<AgreementView.PartyView> views = list.stream()
                .map(p -> new AgreementView.PartyView(
                        p.id(),
                        new AgreementView.OrganizationRef(p.organizationId(), names.get(p.organizationId())),
                        p.kind(),
                        p.signatoryName(),
                        p.signatoryRole(),
                        p.empoweringAct(),
                        p.signatureRequired(),
                        signedAt.get(p.id()),
                        byParty.getOrDefault(p.id(), List.of()),
                        agreement.version()))
                .toList();
        String sha = Optional.ofNullable(agreement.frozenFileId())
                .map(id -> files.getReferenceById(id).sha256())
                .orElse(null);
        return new AgreementView(
                agreement.id(),
                agreement.planId(),
                agreement.title(),
                agreement.text(),
                agreement.status(),
                agreement.frozenAt(),
                sha,
                agreement.inForceOn(),
                views,
                archive.references(agreement.districtId(), agreement.attachments(), "documentId"),
                anchors.names(),
                agreement.version());
    }

    private static AgreementView.SignatureView signatureView(Signature signature) {
        return new AgreementView.SignatureView(
                signature.id(),
                signature.fileName(),
                signature.format(),
                signature.indication(),
                signature.reason(),
                signature.uploadedAt(),
                signature.signers().stream()
                        .map(s -> new AgreementView.SignerView(
                                s.signedBy(),
                                s.signingTime(),
                                s.certificateSubject(),
                                s.certificateIssuer(),
                                s.certificateSerial(),
                                s.trustAnchor(),
                                s.counterSignature(),
                                s.indication(),
                                s.subIndication(),
                                s.errors()))
                        .toList());
    }
}

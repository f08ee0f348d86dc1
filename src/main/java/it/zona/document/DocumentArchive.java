package it.zona.document;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.OfficialDocumentIssued;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official versions of a plan's documents. Freezing writes the PDF/A once, from the data of that
 * moment, and keeps its exact bytes with their SHA-256; nothing changes or removes them afterwards.
 * Whoever may read the plan reads its versions; the District's editors and admins freeze them.
 */
@Service
@Transactional
class DocumentArchive {

    public static final String ENTITY = "OfficialDocument";

    private final OfficialDocuments documents;
    private final PlanDocumentAssembler planDocuments;
    private final DocumentWriter writer;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentArchive(
            OfficialDocuments documents,
            PlanDocumentAssembler planDocuments,
            DocumentWriter writer,
            PlanRegistry plans,
            DistrictRegistry districts,
            Access access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.documents = documents;
        this.planDocuments = planDocuments;
        this.writer = writer;
        this.plans = plans;
        this.districts = districts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A frozen version's description and its exact bytes. */
    public record StoredFile(OfficialDocumentView document, byte[] content) {}

    @Transactional(readOnly = true)
    public List<OfficialDocumentView> list(long planId) {
        plans.view(planId);
        boolean staff = plans.permissions(planId).staff();
        return documents.findViews(planId).stream()
                .map(d -> staff ? d : d.withoutActor())
                .toList();
    }

    @Transactional(readOnly = true)
    public OfficialDocumentView get(long id) {
        OfficialDocumentView document =
                documents.findView(id).orElseThrow(() -> new NotFoundException("error.document.notFound", id));
        plans.view(document.planId());
        return plans.permissions(document.planId()).staff() ? document : document.withoutActor();
    }

    @Transactional(readOnly = true)
    public StoredFile content(long id) {
        OfficialDocumentView document = get(id);
        byte[] content = documents
                .findById(id)
                .orElseThrow(() -> new NotFoundException("error.document.notFound", id))
                .content();
        return new StoredFile(document, content);
    }

    /** Whether the current user may freeze versions of the plan (an editor or admin of its District). */
    @Transactional(readOnly = true)
    public boolean canFreeze(long planId) {
        PlanView plan = plans.view(planId);
        return access.roleIn(districts.ref(plan.districtSlug()).id())
                .map(role -> role.includes(DistrictRole.EDITOR))
                .orElse(false);
    }

    public OfficialDocumentView freeze(long planId, FreezeForm form) {
        PlanView plan = plans.view(planId);
        DistrictAccess district = districts.authorize(plan.districtSlug(), DistrictRole.EDITOR);
        if (!DocumentKind.FREEZABLE.contains(form.kind())) {
            throw RuleViolationException.invalid("kind", "error.document.programmeByApproval");
        }
        PlanDocument document = planDocuments.assemble(planId);
        Instant now = clock.instant();
        OfficialDocument frozen = documents.save(new OfficialDocument(
                planId,
                district.id(),
                form.kind(),
                writer.title(document, form.kind()),
                form.kind().fileName(plan.districtSlug(), plan.period()),
                plan.stage(),
                now,
                LocalDate.ofInstant(now, PlatformConfig.ZONE),
                access.username().orElse("system"),
                form.act(),
                null,
                writer.pdf(document, form.kind())));
        OfficialDocumentView view = frozen.view();
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, frozen.id(), view));
        events.publishEvent(new OfficialDocumentIssued(
                district.id(),
                OfficialDocumentIssued.Kind.PLAN_DOCUMENT,
                "plan-document:" + planId + ":" + form.kind(),
                view.title(),
                null,
                planId,
                true,
                view.frozenOn(),
                "/documents/" + view.id(),
                view.fileName(),
                "application/pdf",
                frozen.content()));
        return view;
    }
}

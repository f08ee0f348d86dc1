package it.zona.archive;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyView;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanSummary;
import it.zona.shared.EntityChanged;
import it.zona.shared.Like;
import it.zona.shared.NotFoundException;
import it.zona.shared.OfficialDocumentIssued;
import it.zona.shared.OfficialDocumentIssued.Kind;
import it.zona.shared.PageView;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The District's archive of official documents. What Zona issues is kept in the same transaction
 * that issues it ({@link OfficialDocumentIssued}); the District's editors add acts taken outside
 * Zona, checked for type and size. Everyone reads the list and downloads the files, except the
 * documents of a plan still in draft, which its staff alone see.
 */
@Service
@Transactional
public class OfficialArchive {

    static final String ENTITY = "ArchivedDocument";
    static final int PAGE_SIZE = 20;

    /** The largest file taken from outside: a scanned decree of some pages. */
    static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    /** What may come from outside Zona; the rest is issued by Zona itself. */
    static final Set<Kind> UPLOADABLE = EnumSet.of(Kind.EXTERNAL_ACT, Kind.MEMORANDUM, Kind.IMPLEMENTATION_SCHEME);

    static final String PDF = "application/pdf";
    static final String PKCS7 = "application/pkcs7-mime";

    private final ArchivedDocuments documents;
    private final ArchivedFiles files;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;
    private final PlanRegistry plans;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfficialArchive(
            ArchivedDocuments documents,
            ArchivedFiles files,
            DistrictRegistry districts,
            GovernanceRegistry governance,
            PlanRegistry plans,
            Access access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.documents = documents;
        this.files = files;
        this.districts = districts;
        this.governance = governance;
        this.plans = plans;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A document with its versions, latest first. */
    record ArchiveEntry(DistrictRef district, ArchivedDocumentView document, List<ArchivedDocumentView> versions) {}

    /** A version's bytes, as issued. */
    record ArchivedBytes(String name, String mediaType, String sha256, byte[] content) {}

    /** Filters of the list; all optional. */
    record ArchiveFilter(Kind kind, Long bodyId, Long planId, Integer year, String q) {

        boolean any() {
            return kind != null || bodyId != null || planId != null || year != null || (q != null && !q.isBlank());
        }
    }

    /** Keeps what a module issued, inside the transaction that issued it: both stay, or neither. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void keep(OfficialDocumentIssued issued) {
        archive(
                new ArchivedDocument.Description(
                        issued.districtId(),
                        issued.kind(),
                        issued.title(),
                        issued.governingBodyId(),
                        issued.planId(),
                        issued.publicWithPlan(),
                        issued.issuedOn(),
                        null,
                        issued.page(),
                        issued.fileName(),
                        issued.mediaType()),
                issued.series(),
                issued.content(),
                null);
    }

    /** Versions of the District's documents, cited by another module; one of another District is a 422 on {@code field}. */
    @Transactional(readOnly = true)
    public List<OfficialDocumentRef> references(long districtId, List<Long> ids, String field) {
        Map<Long, ArchivedDocument> found = documents.findAllById(ids).stream()
                .filter(d -> d.districtId() == districtId)
                .collect(Collectors.toMap(ArchivedDocument::id, d -> d));
        List<OfficialDocumentRef> refs = new ArrayList<>();
        for (long id : ids) {
            ArchivedDocument document = found.get(id);
            if (document == null) {
                throw RuleViolationException.invalid(field, "error.archive.notInDistrict", id);
            }
            refs.add(document.reference());
        }
        return refs;
    }

    /** What another document may cite of the District: every version but the agreements' own files, latest first. */
    @Transactional(readOnly = true)
    public List<OfficialDocumentRef> citable(long districtId) {
        return documents
                .findTop200ByDistrictIdAndKindNotInOrderByIdDesc(
                        districtId, EnumSet.of(Kind.AGREEMENT, Kind.SIGNED_AGREEMENT))
                .stream()
                .map(ArchivedDocument::reference)
                .toList();
    }

    /** The latest version of each document, the latest issued first. */
    @Transactional(readOnly = true)
    PageView<ArchivedDocumentView> search(String slug, ArchiveFilter filter, int page, int size) {
        DistrictRef district = districts.ref(slug);
        String pattern = filter.q() == null || filter.q().isBlank()
                ? null
                : Like.containing(filter.q().strip().toLowerCase(Locale.ROOT));
        Sort latestFirst = Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.desc("id"));
        Page<ArchivedDocument> found = documents.search(
                district.id(),
                readablePlans(slug),
                filter.kind(),
                filter.bodyId(),
                filter.planId(),
                filter.year(),
                pattern,
                PageView.request(page, size, latestFirst));
        Map<Long, String> bodies = bodies(slug);
        return PageView.of(found, d -> d.view(bodies.get(d.governingBodyId())));
    }

    /** The years something was issued in, for the list's filter. */
    @Transactional(readOnly = true)
    List<Integer> years(String slug) {
        return documents.years(districts.ref(slug).id());
    }

    @Transactional(readOnly = true)
    ArchiveEntry get(long id) {
        ArchivedDocument document = readable(id);
        DistrictRef district = districts.refs(List.of(document.districtId())).get(0);
        Map<Long, String> bodies = bodies(district.slug());
        List<ArchivedDocumentView> versions = documents.findBySeriesOrderByVersionDesc(document.series()).stream()
                .map(d -> d.view(bodies.get(d.governingBodyId())))
                .toList();
        return new ArchiveEntry(district, document.view(bodies.get(document.governingBodyId())), versions);
    }

    @Transactional(readOnly = true)
    ArchivedBytes file(long id) {
        ArchivedDocument document = readable(id);
        byte[] content = files.findById(id)
                .orElseThrow(() -> new NotFoundException("error.archive.notFound", id))
                .content();
        return new ArchivedBytes(document.fileName(), document.mediaType(), document.sha256(), content);
    }

    /** An act taken outside Zona, or a new version of one: a PDF or a signed {@code .p7m}. */
    ArchivedDocumentView upload(String slug, UploadForm form) {
        byte[] content = form.content();
        String fileName = form.fileName();
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        if (!UPLOADABLE.contains(form.kind())) {
            throw RuleViolationException.invalid("kind", "error.archive.kindIssuedByZona");
        }
        if (form.issuedOn().isAfter(LocalDate.now(clock.withZone(PlatformConfig.ZONE)))) {
            throw RuleViolationException.invalid("issuedOn", "error.archive.issuedInFuture");
        }
        if (form.planId() != null && plans.list(slug).stream().noneMatch(p -> p.id() == form.planId())) {
            throw RuleViolationException.invalid("planId", "error.archive.noSuchPlan");
        }
        String series = form.replaces() == null ? "upload:" + UUID.randomUUID() : replaced(district, form);
        if (content.length == 0) {
            throw RuleViolationException.invalid("file", "error.archive.emptyFile");
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw RuleViolationException.invalid("file", "error.archive.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        String type = mediaType(content);
        if (type == null) {
            throw RuleViolationException.invalid("file", "error.archive.wrongType");
        }
        String name = fileName == null || fileName.isBlank()
                ? "documento" + (type.equals(PDF) ? ".pdf" : ".p7m")
                : fileName.strip();
        ArchivedDocument kept = archive(
                new ArchivedDocument.Description(
                        district.id(),
                        form.kind(),
                        form.title().strip(),
                        null,
                        form.planId(),
                        false,
                        form.issuedOn(),
                        form.act() == null || form.act().isBlank()
                                ? null
                                : form.act().strip(),
                        null,
                        name,
                        type),
                series,
                content,
                access.username().orElse("system"));
        ArchivedDocumentView view = kept.view(null);
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, kept.id(), view));
        return view;
    }

    private ArchivedDocument archive(
            ArchivedDocument.Description description, String series, byte[] content, String by) {
        int version = documents.lastVersion(series) + 1;
        ArchivedDocument document = documents.saveAndFlush(
                new ArchivedDocument(description, series, version, content, clock.instant(), by));
        files.save(new ArchivedFile(document.id(), content));
        return document;
    }

    private String replaced(DistrictAccess district, UploadForm form) {
        return documents
                .findById(form.replaces())
                .filter(d -> d.districtId() == district.id() && d.series().startsWith("upload:"))
                .map(ArchivedDocument::series)
                .orElseThrow(() -> RuleViolationException.invalid("replaces", "error.archive.noSuchUpload"));
    }

    /** By the file's first bytes, not by what the client says it is. */
    private static String mediaType(byte[] content) {
        byte[] pdf = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (content.length > pdf.length && Arrays.equals(content, 0, pdf.length, pdf, 0, pdf.length)) {
            return PDF;
        }
        // A CMS envelope is a DER SEQUENCE (0x30) with a long-form length.
        return content.length > 16 && content[0] == 0x30 && (content[1] & 0x80) != 0 ? PKCS7 : null;
    }

    private ArchivedDocument readable(long id) {
        ArchivedDocument document =
                documents.findById(id).orElseThrow(() -> new NotFoundException("error.archive.notFound", id));
        if (document.planId() != null && document.publicWithPlan()) {
            String slug = districts.refs(List.of(document.districtId())).get(0).slug();
            if (!readablePlans(slug).contains(document.planId())) {
                throw new NotFoundException("error.archive.notFound", id);
            }
        }
        return document;
    }

    /** The plans whose documents the reader may see: all for the District's staff, the published ones otherwise. */
    private List<Long> readablePlans(String slug) {
        List<Long> ids =
                new ArrayList<>(plans.list(slug).stream().map(PlanSummary::id).toList());
        ids.add(-1L); // an IN list is never empty
        return ids;
    }

    private Map<Long, String> bodies(String slug) {
        return governance.list(slug).stream()
                .collect(Collectors.toMap(GoverningBodyView::id, GoverningBodyView::name, (a, b) -> a));
    }
}

package it.zona.sitting.minutes;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.shared.EntityChanged;
import it.zona.shared.Markdown;
import it.zona.shared.NotFoundException;
import it.zona.shared.OfficialDocumentIssued;
import it.zona.shared.PlainText;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import it.zona.sitting.SittingRegistry;
import it.zona.sitting.SittingStatus;
import it.zona.sitting.SittingView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The minutes of the sittings. The office (District editors) drafts them once a sitting has decided
 * an item, annotates the draft and approves it, at a later sitting of the body that has its quorum
 * or by the body's president, as a table's minutes are approved at a later meeting or by the
 * coordinator; approval freezes them with their PDF/A. Approved minutes are public, drafts are for
 * the District's staff: anyone else is told they do not exist.
 */
@Service
@Transactional
class SittingMinutesRegistry {

    static final String ENTITY = "SittingMinutes";

    private final MinutesBook book;
    private final MinutesDocuments documents;
    private final SittingRegistry sittings;
    private final DistrictRegistry districts;
    private final MinutesApprovers approvers;
    private final Access access;
    private final SittingMinutesPdf pdf;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SittingMinutesRegistry(
            MinutesBook book,
            MinutesDocuments documents,
            SittingRegistry sittings,
            DistrictRegistry districts,
            MinutesApprovers approvers,
            Access access,
            SittingMinutesPdf pdf,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.book = book;
        this.documents = documents;
        this.sittings = sittings;
        this.districts = districts;
        this.approvers = approvers;
        this.access = access;
        this.pdf = pdf;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** The PDF/A of approved minutes, as stored at approval. */
    record Document(String fileName, String sha256, byte[] content) {}

    // --- Reading -------------------------------------------------------------------------------

    /** The sitting's minutes if the reader may read them: approved ones for everyone, drafts for staff. */
    @Transactional(readOnly = true)
    Optional<SittingMinutesView> find(long sittingId) {
        SittingView sitting = sittings.get(sittingId);
        return book.findById(sittingId)
                .filter(minutes -> minutes.approved() || isStaff(minutes.districtId()))
                .map(minutes -> view(minutes, sitting));
    }

    @Transactional(readOnly = true)
    SittingMinutesView get(long sittingId) {
        return find(sittingId).orElseThrow(() -> new NotFoundException("error.sittingMinutes.notFound", sittingId));
    }

    @Transactional(readOnly = true)
    Document document(long sittingId) {
        SittingMinutesView minutes = get(sittingId);
        MinutesDocument document = documents
                .findById(sittingId)
                .orElseThrow(() -> new NotFoundException("error.sittingMinutes.notFound", sittingId));
        return new Document(fileName(minutes.content().heldOn()), document.sha256(), document.content());
    }

    /** Whether the reader may draft the sitting's minutes: the office, once the sitting has decided. */
    @Transactional(readOnly = true)
    boolean mayDraft(SittingView sitting) {
        return held(sitting) && mayManage(sittings.districtOf(sitting.id()).id());
    }

    /** The later sittings of the same body, held with their quorum, at which the minutes may be approved. */
    @Transactional(readOnly = true)
    List<SittingView> approvingSittings(long sittingId) {
        return approvers.sittings(sittings.get(sittingId), sittings.districtOf(sittingId));
    }

    // --- Writing -------------------------------------------------------------------------------

    /** The draft of a sitting that has decided: the facts come from the sitting, the notes from the office. */
    SittingMinutesView draft(long sittingId, SittingMinutesForm form) {
        DistrictView district = editable(sittingId);
        SittingView sitting = sittings.get(sittingId);
        if (!held(sitting)) {
            throw RuleViolationException.conflict(null, "error.sittingMinutes.notHeld");
        }
        if (book.existsById(sittingId)) {
            throw RuleViolationException.conflict(null, "error.sittingMinutes.exists");
        }
        SittingMinutes minutes =
                book.saveAndFlush(new SittingMinutes(sittingId, district.id(), notes(form), clock.instant()));
        SittingMinutesView view = view(minutes, sitting);
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, sittingId, view));
        return view;
    }

    SittingMinutesView annotate(long sittingId, SittingMinutesForm form, long expectedVersion) {
        return change(
                sittingId,
                expectedVersion,
                (minutes, sitting, district) -> minutes.annotate(notes(form), clock.instant()));
    }

    /**
     * Approves the draft at a later sitting of the body held with its quorum, or by the body's
     * president today; the facts are kept as they stand now and the PDF/A is written, both for good.
     */
    SittingMinutesView approve(long sittingId, MinutesApprovalForm form, long expectedVersion) {
        return change(sittingId, expectedVersion, (minutes, sitting, district) -> {
            MinutesApprovers.Approval approval = approvers.of(form, sitting, district);
            MinutesContent facts = content(district, sitting);
            minutes.approve(
                    approval.atSitting(),
                    approval.president(),
                    json.writeValueAsString(facts),
                    access.username().orElse("system"),
                    clock.instant());
            byte[] written = pdf.write(view(minutes, sitting));
            documents.save(new MinutesDocument(sittingId, written));
            events.publishEvent(new OfficialDocumentIssued(
                    district.id(),
                    OfficialDocumentIssued.Kind.SITTING_MINUTES,
                    "sitting-minutes:" + sittingId,
                    "Verbale della seduta del " + ITALIAN_DAY.format(sitting.date()) + " ("
                            + sitting.governingBody().name() + ")",
                    sitting.governingBody().id(),
                    null,
                    false,
                    LocalDate.ofInstant(clock.instant(), PlatformConfig.ZONE),
                    "/sittings/" + sittingId + "/minutes",
                    fileName(sitting.date()),
                    "application/pdf",
                    written));
        });
    }

    private static final DateTimeFormatter ITALIAN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALY);

    private static String fileName(LocalDate heldOn) {
        return "verbale-seduta-" + heldOn + ".pdf";
    }

    // --- Internals -----------------------------------------------------------------------------

    private interface Change {
        void apply(SittingMinutes minutes, SittingView sitting, DistrictView district);
    }

    private SittingMinutesView change(long sittingId, long expectedVersion, Change change) {
        DistrictView district = editable(sittingId);
        SittingMinutes minutes = book.findById(sittingId)
                .orElseThrow(() -> new NotFoundException("error.sittingMinutes.notFound", sittingId));
        StaleVersionException.check(expectedVersion, minutes.version());
        SittingView sitting = sittings.get(sittingId);
        SittingMinutesView before = view(minutes, sitting);
        change.apply(minutes, sitting, district);
        book.saveAndFlush(minutes);
        SittingMinutesView after = view(minutes, sitting);
        events.publishEvent(EntityChanged.updated(district.id(), ENTITY, sittingId, before, after));
        return after;
    }

    /** A sitting has something to minute once its attendance is recorded and it has decided an item. */
    private static boolean held(SittingView sitting) {
        return sitting.status() != SittingStatus.CANCELLED
                && sitting.heldAtCall() != null
                && sitting.items().stream().anyMatch(item -> item.outcome() != null);
    }

    private MinutesContent content(DistrictView district, SittingView sitting) {
        return MinutesContent.of(
                district.name(),
                sitting,
                sittings.attendance(sitting.id()),
                number -> sittings.votes(sitting.id(), number));
    }

    private SittingMinutesView view(SittingMinutes minutes, SittingView sitting) {
        MinutesContent facts = minutes.approved()
                ? json.readValue(minutes.content(), MinutesContent.class)
                : content(sittings.districtOf(sitting.id()), sitting);
        boolean open = !minutes.approved() && mayManage(minutes.districtId());
        return new SittingMinutesView(
                minutes.sittingId(),
                minutes.status(),
                minutes.notes(),
                minutes.notes() == null ? null : Markdown.html(minutes.notes()),
                facts,
                minutes.approvedAt(),
                minutes.approvedAtSitting(),
                minutes.approvedAtSitting() == null
                        ? null
                        : sittings.get(minutes.approvedAtSitting()).date(),
                minutes.approvedByPresident(),
                documents.sha256Of(minutes.sittingId()).orElse(null),
                minutes.version(),
                new SittingMinutesView.OfficeSteps(open, open));
    }

    /** The District of the sitting, refused unless the reader is its office (an editor). */
    DistrictView editable(long sittingId) {
        DistrictView district = sittings.districtOf(sittingId);
        districts.authorize(district.slug(), DistrictRole.EDITOR);
        return district;
    }

    private boolean isStaff(long districtId) {
        return access.roleIn(districtId).isPresent();
    }

    private boolean mayManage(long districtId) {
        return access.roleIn(districtId)
                .map(role -> role.includes(DistrictRole.EDITOR))
                .orElse(false);
    }

    private static String notes(SittingMinutesForm form) {
        return PlainText.blankToNull(form.notes());
    }
}

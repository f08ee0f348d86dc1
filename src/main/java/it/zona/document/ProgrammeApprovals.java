package it.zona.document;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanAct;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.plan.PlanView;
import it.zona.plan.Transition;
import it.zona.programme.Programme;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.OfficialDocumentIssued;
import it.zona.shared.PlainText;
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
 * The approval of each year's programme (programma attuativo): once the mayors have approved the
 * plan, an act approves the programme of one of its years, and the programme is frozen then as an
 * official version, in the District's archive with its act. A later act approves a revised
 * programme as a new version; the latest approval is the one in force.
 */
@Service
@Transactional
public class ProgrammeApprovals {

    private final OfficialDocuments documents;
    private final PlanDocumentAssembler planDocuments;
    private final Programme programme;
    private final DocumentWriter writer;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeApprovals(
            OfficialDocuments documents,
            PlanDocumentAssembler planDocuments,
            Programme programme,
            DocumentWriter writer,
            PlanRegistry plans,
            DistrictRegistry districts,
            Access access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.documents = documents;
        this.planDocuments = planDocuments;
        this.programme = programme;
        this.writer = writer;
        this.plans = plans;
        this.districts = districts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The approved versions of the year's programme, the one in force first; empty while none is. */
    @Transactional(readOnly = true)
    public List<OfficialDocumentView> versions(long planId, int year) {
        yearOf(plans.view(planId), year);
        boolean staff = plans.permissions(planId).staff();
        return documents.findProgrammeVersions(planId, year).stream()
                .map(d -> staff ? d : d.withoutActor())
                .toList();
    }

    /** Whether the current user may record the approval: an admin of the District, the plan approved. */
    @Transactional(readOnly = true)
    public boolean canApprove(long planId) {
        PlanView plan = plans.view(planId);
        return approvable(plan.stage())
                && access.roleIn(districts.ref(plan.districtSlug()).id())
                        .map(role -> role.includes(DistrictRole.ADMIN))
                        .orElse(false);
    }

    /** The acts Zona holds that may approve the year's programme, for the District's admins. */
    @Transactional(readOnly = true)
    public List<PlanAct> acts(long planId, int year) {
        return plans.programmeActs(planId, year);
    }

    /**
     * Records the act that approves the year's programme and freezes the programme as it stands,
     * with the act on its cover; refused before the mayors' approval of the plan, without an act, or
     * by an act that already approved it.
     */
    public OfficialDocumentView approve(long planId, int year, ProgrammeApprovalForm form) {
        PlanView plan = plans.view(planId);
        DistrictAccess district = districts.authorize(plan.districtSlug(), DistrictRole.ADMIN);
        yearOf(plan, year);
        if (!approvable(plan.stage())) {
            throw RuleViolationException.conflict("approvedOn", "error.programme.approval.planNotApproved");
        }
        PlanAct held = held(planId, year, form.actLink());
        String named = PlainText.blankToNull(form.act());
        if (held != null && named != null) {
            throw RuleViolationException.invalid("act", "error.plan.actTwice");
        }
        if (held == null && named == null) {
            throw RuleViolationException.invalid("actLink", "error.programme.approval.actRequired");
        }
        Instant now = clock.instant();
        if (form.approvedOn().isAfter(LocalDate.ofInstant(now, PlatformConfig.ZONE))) {
            throw RuleViolationException.invalid("approvedOn", "error.programme.approval.inFuture");
        }
        if (held != null && form.approvedOn().isBefore(held.date())) {
            throw RuleViolationException.invalid("approvedOn", "error.plan.transitionBeforeAct", held.date());
        }
        LocalDate planApproved = plan.history().stream()
                .filter(step -> step.to() == PlanStage.AGREEMENT)
                .map(Transition::decidedOn)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.MIN);
        if (form.approvedOn().isBefore(planApproved)) {
            throw RuleViolationException.invalid("approvedOn", "error.programme.approval.beforePlan", planApproved);
        }
        String act = held == null ? PlainText.require("act", named) : held.label();
        List<OfficialDocumentView> earlier = documents.findProgrammeVersions(planId, year);
        if (!earlier.isEmpty() && form.approvedOn().isBefore(earlier.get(0).approvedOn())) {
            throw RuleViolationException.conflict(
                    "approvedOn",
                    "error.programme.approval.beforeInForce",
                    earlier.get(0).approvedOn());
        }
        if (earlier.stream().anyMatch(d -> act.equals(d.act()))) {
            throw RuleViolationException.conflict(
                    held == null ? "act" : "actLink", "error.programme.approval.sameAct", String.valueOf(year));
        }
        ProgrammeDocument document = new ProgrammeDocument(
                planDocuments.assemble(planId), programme.year(planId, year), form.approvedOn(), act);
        OfficialDocument frozen = documents.save(new OfficialDocument(
                planId,
                district.id(),
                DocumentKind.ANNUAL_PROGRAMME,
                writer.title(document),
                DocumentKind.ANNUAL_PROGRAMME.fileName(plan.districtSlug(), String.valueOf(year)),
                plan.stage(),
                now,
                LocalDate.ofInstant(now, PlatformConfig.ZONE),
                access.username().orElse("system"),
                act,
                new ProgrammeApproval(year, form.approvedOn(), held == null ? null : held.link()),
                writer.pdf(document)));
        OfficialDocumentView view = frozen.view();
        events.publishEvent(EntityChanged.created(district.id(), DocumentArchive.ENTITY, frozen.id(), view));
        events.publishEvent(new OfficialDocumentIssued(
                district.id(),
                OfficialDocumentIssued.Kind.ANNUAL_PROGRAMME,
                "annual-programme:" + planId + ":" + year,
                view.title(),
                null,
                planId,
                true,
                form.approvedOn(),
                "/plans/" + planId + "/programme/" + year + "/approval",
                view.fileName(),
                "application/pdf",
                frozen.content()));
        return view;
    }

    private static void yearOf(PlanView plan, int year) {
        if (!plan.years().contains(year)) {
            throw new NotFoundException("error.programme.yearOutside", String.valueOf(year), plan.period());
        }
    }

    /** A programme is approved after the plan, while the plan is in force. */
    private static boolean approvable(PlanStage stage) {
        return stage.isPastApproval() && stage != PlanStage.CLOSED;
    }

    private PlanAct held(long planId, int year, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        return plans.programmeActs(planId, year).stream()
                .filter(act -> act.link().equals(link.strip()))
                .findFirst()
                .orElseThrow(() -> RuleViolationException.invalid("actLink", "error.plan.noSuchAct"));
    }
}

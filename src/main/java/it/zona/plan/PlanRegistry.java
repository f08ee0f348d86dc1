package it.zona.plan;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PlainText;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import it.zona.shared.web.PublicPages;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans of the Districts and their iter. A plan is public once the mayors have approved it;
 * before that only the District's staff see it. Before approval editors change it; after, only
 * admins, giving a reason that the audit log keeps.
 */
@Service
@Transactional
public class PlanRegistry {

    public static final String ENTITY = "Plan";

    private final Plans plans;
    private final DistrictRegistry districts;
    private final Access access;
    private final ObjectProvider<PlanContentCheck> contentChecks;
    private final ObjectProvider<PlanActs> acts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanRegistry(
            Plans plans,
            DistrictRegistry districts,
            Access access,
            ObjectProvider<PlanContentCheck> contentChecks,
            ObjectProvider<PlanActs> acts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.districts = districts;
        this.access = access;
        this.contentChecks = contentChecks;
        this.acts = acts;
        this.events = events;
        this.clock = clock;
    }

    /** The District's plans: all of them for its staff, the published ones for everyone else. */
    @Transactional(readOnly = true)
    public List<PlanSummary> list(String slug) {
        DistrictRef district = districts.ref(slug);
        boolean staff = access.roleIn(district.id()).isPresent();
        return plans.findByDistrictIdOrderByFirstYearDesc(district.id()).stream()
                .filter(plan -> staff || plan.stage().isPastApproval())
                .map(PlanRegistry::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public PlanView view(long id) {
        return view(readable(id));
    }

    public PlanView create(String slug, PlanForm form) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        check(district.id(), null, form);
        Plan plan = plans.saveAndFlush(new Plan(district.id(), form, actor(), clock.instant()));
        PlanView view = view(plan);
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, plan.id(), view));
        events.publishEvent(new PlanCreated(plan.id(), district.id(), plan.previousPlanId()));
        return view;
    }

    public PlanView update(long id, PlanForm form, long expectedVersion, String reason) {
        PlanChange change = authorizeChange(id, reason);
        Plan plan = find(id);
        StaleVersionException.check(expectedVersion, plan.version());
        check(plan.districtId(), plan, form);
        requireContentWithin(plan, form.firstYear(), form.lastYear());
        PlanView before = view(plan);
        plan.apply(form);
        plans.saveAndFlush(plan);
        PlanView after = view(plan);
        events.publishEvent(change.record(EntityChanged.updated(plan.districtId(), ENTITY, id, before, after)));
        return after;
    }

    /**
     * A step of the iter: the District's admins (the Ufficio di Piano) record it with its act, one
     * Zona holds chosen from {@link #acts} or one taken outside Zona, named.
     */
    public PlanView moveTo(long id, TransitionForm form, long expectedVersion) {
        Plan plan = find(id);
        access.require(plan.districtId(), DistrictRole.ADMIN);
        StaleVersionException.check(expectedVersion, plan.version());
        PlanAct held = form.actLink() == null || form.actLink().isBlank()
                ? null
                : candidates(plan, form.to()).stream()
                        .filter(act -> act.link().equals(form.actLink().strip()))
                        .findFirst()
                        .orElseThrow(() -> RuleViolationException.invalid("actLink", "error.plan.noSuchAct"));
        for (PlanActs source : acts) {
            Optional<String> reason = source.requiredFor(id, form.to());
            if (reason.isPresent()
                    && (held == null
                            || !source.candidates(id, plan.districtId(), form.to())
                                    .contains(held))) {
                throw RuleViolationException.conflict("actLink", reason.get());
            }
        }
        PlanView before = view(plan);
        plan.moveTo(form.to(), form.decidedOn(), held, form.act(), actor(), clock.instant());
        plans.saveAndFlush(plan);
        PlanView after = view(plan);
        events.publishEvent(EntityChanged.updated(plan.districtId(), ENTITY, id, before, after));
        return after;
    }

    /** The acts Zona holds that may decide the plan's move to {@code to}, for its admins to choose. */
    @Transactional(readOnly = true)
    public List<PlanAct> acts(long planId, PlanStage to) {
        Plan plan = find(planId);
        access.require(plan.districtId(), DistrictRole.ADMIN);
        return candidates(plan, to);
    }

    /**
     * The acts Zona holds that may approve the programme (programma attuativo) of one of the plan's
     * years, for its admins to choose.
     */
    @Transactional(readOnly = true)
    public List<PlanAct> programmeActs(long planId, int year) {
        Plan plan = find(planId);
        access.require(plan.districtId(), DistrictRole.ADMIN);
        if (!plan.covers(year)) {
            throw RuleViolationException.invalid(
                    "year",
                    "error.programme.yearOutside",
                    String.valueOf(year),
                    plan.firstYear() + "-" + plan.lastYear());
        }
        return acts.orderedStream()
                .flatMap(source -> source.programmeCandidates(plan.id(), plan.districtId(), year).stream())
                .toList();
    }

    private List<PlanAct> candidates(Plan plan, PlanStage to) {
        return acts.orderedStream()
                .flatMap(source -> source.candidates(plan.id(), plan.districtId(), to).stream())
                .toList();
    }

    /**
     * Leave to change the plan or its content: editors before the mayors' approval; after it, the
     * District's admins only, with a reason.
     */
    @Transactional(readOnly = true)
    public PlanChange authorizeChange(long planId, String reason) {
        Plan plan = find(planId);
        String why = reason == null || reason.isBlank() ? null : PlainText.require("reason", reason.strip());
        if (plan.stage().isPastApproval()) {
            access.require(plan.districtId(), DistrictRole.ADMIN);
            if (why == null) {
                throw RuleViolationException.invalid("reason", "error.plan.reasonRequired");
            }
        } else {
            access.require(plan.districtId(), DistrictRole.EDITOR);
        }
        return new PlanChange(plan.id(), plan.districtId(), slug(plan), plan.firstYear(), plan.lastYear(), why);
    }

    @Transactional(readOnly = true)
    public PlanPermissions permissions(long planId) {
        Plan plan = find(planId);
        DistrictRole role = access.roleIn(plan.districtId()).orElse(null);
        boolean past = plan.stage().isPastApproval();
        boolean canEdit = role != null && role.includes(past ? DistrictRole.ADMIN : DistrictRole.EDITOR);
        boolean admin = role != null && role.includes(DistrictRole.ADMIN);
        return new PlanPermissions(canEdit, admin && !plan.stage().next().isEmpty(), past, role != null);
    }

    /** For other modules: the plan, if the current user may read it. */
    @Transactional(readOnly = true)
    public PlanView readableView(long planId) {
        return view(planId);
    }

    /**
     * For the open datasets of the modules that hold a plan's content: the ids of the District's
     * published plans (past the mayors' approval), oldest first, whoever asks. Drafts are in none.
     */
    @Transactional(readOnly = true)
    public List<Long> publishedIds(long districtId) {
        return plans.findByDistrictIdOrderByFirstYearDesc(districtId).stream()
                .filter(plan -> plan.stage().isPastApproval())
                .map(Plan::id)
                .sorted()
                .toList();
    }

    /** For the plan's participation pages: what its public launch made known, with no access check. */
    @Transactional(readOnly = true)
    public PlanFacts facts(long planId) {
        Plan plan = find(planId);
        PublicPages.about(plan.districtId());
        DistrictRef district = districts.refs(List.of(plan.districtId())).get(0);
        return new PlanFacts(
                plan.id(),
                plan.districtId(),
                district.slug(),
                district.name(),
                plan.title(),
                plan.firstYear(),
                plan.lastYear(),
                plan.stage(),
                plan.launch(),
                plan.actsDeadline(),
                plan.stage().isPastApproval());
    }

    private Plan readable(long id) {
        Plan plan = find(id);
        PublicPages.about(plan.districtId());
        if (!plan.stage().isPastApproval()) {
            access.require(plan.districtId(), DistrictRole.VIEWER);
        }
        return plan;
    }

    private void check(long districtId, Plan self, PlanForm form) {
        for (Plan other : plans.findByDistrictIdOrderByFirstYearDesc(districtId)) {
            if (other != self
                    && !Objects.equals(other.id(), self == null ? null : self.id())
                    && other.overlaps(form.firstYear(), form.lastYear())) {
                throw RuleViolationException.conflict(
                        "firstYear",
                        "error.plan.overlap",
                        other.title(),
                        String.valueOf(other.firstYear()),
                        String.valueOf(other.lastYear()));
            }
        }
        if (form.previousPlanId() != null) {
            Plan previous = plans.findById(form.previousPlanId())
                    .filter(p -> p.districtId() == districtId)
                    .filter(p -> self == null || !Objects.equals(p.id(), self.id()))
                    .orElseThrow(() -> RuleViolationException.invalid("previousPlanId", "error.plan.previousNotFound"));
            if (previous.lastYear() >= form.firstYear()) {
                throw RuleViolationException.invalid(
                        "previousPlanId", "error.plan.previousNotBefore", previous.title());
            }
        }
    }

    private void requireContentWithin(Plan plan, int firstYear, int lastYear) {
        List<String> outside = contentChecks
                .orderedStream()
                .flatMap(check -> check.outside(plan.id(), firstYear, lastYear).stream())
                .toList();
        if (!outside.isEmpty()) {
            throw RuleViolationException.conflict(
                    "firstYear", "error.plan.contentOutsidePeriod", String.join(", ", outside));
        }
    }

    private Plan find(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("error.plan.notFound", id));
    }

    private String actor() {
        return access.username().orElse("system");
    }

    private String slug(Plan plan) {
        return districts.refs(List.of(plan.districtId())).get(0).slug();
    }

    private PlanView view(Plan plan) {
        DistrictRef district = districts.refs(List.of(plan.districtId())).get(0);
        PlanSummary previous = plan.previousPlanId() == null
                ? null
                : plans.findById(plan.previousPlanId())
                        .map(PlanRegistry::summary)
                        .orElse(null);
        return new PlanView(
                plan.id(),
                district.slug(),
                district.name(),
                plan.title(),
                plan.firstYear(),
                plan.lastYear(),
                previous,
                plan.stage(),
                plan.stage().next(),
                plan.launch(),
                plan.actsDeadline(),
                plan.history(),
                plan.stage().isPastApproval(),
                plan.version());
    }

    private static PlanSummary summary(Plan plan) {
        return new PlanSummary(
                plan.id(),
                plan.title(),
                plan.firstYear(),
                plan.lastYear(),
                plan.stage(),
                plan.stage().isPastApproval());
    }
}

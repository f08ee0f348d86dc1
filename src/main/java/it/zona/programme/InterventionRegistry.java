package it.zona.programme;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.municipality.MunicipalityView;
import it.zona.organization.OrganizationRegistry;
import it.zona.plan.PlanChange;
import it.zona.plan.PlanView;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.References;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interventions of a plan: under an objective, for a target group, over some of the plan's
 * years, led by one of the District's organisations with others as partners, in all or some of
 * the member municipalities.
 */
@Service
@Transactional
public class InterventionRegistry {

    public static final String ENTITY = "Intervention";
    public static final int PAGE_SIZE = 20;

    private final Interventions interventions;
    private final Objectives objectives;
    private final TargetGroups groups;
    private final PolicyAreas areas;
    private final OrganizationRegistry organizations;
    private final DistrictRegistry districts;
    private final References references;
    private final ObjectProvider<InterventionContentCheck> contentChecks;
    private final PlanContent content;

    InterventionRegistry(
            Interventions interventions,
            Objectives objectives,
            TargetGroups groups,
            PolicyAreas areas,
            OrganizationRegistry organizations,
            DistrictRegistry districts,
            References references,
            ObjectProvider<InterventionContentCheck> contentChecks,
            PlanContent content) {
        this.interventions = interventions;
        this.objectives = objectives;
        this.groups = groups;
        this.areas = areas;
        this.organizations = organizations;
        this.districts = districts;
        this.references = references;
        this.contentChecks = contentChecks;
        this.content = content;
    }

    /** Every intervention of the plan, by area order and then title. */
    @Transactional(readOnly = true)
    public List<InterventionView> list(long planId) {
        PlanView plan = content.read(planId);
        InterventionViews views = views(plan);
        return interventions.findByPlanIdOrderByIdAsc(planId).stream()
                .map(views::of)
                .sorted(views.byAreaThenTitle())
                .toList();
    }

    /** A page of the interventions the filter accepts, sorted by area (default), title or years. */
    @Transactional(readOnly = true)
    public PageView<InterventionView> page(long planId, InterventionFilter filter, String sort, int page, int size) {
        PlanView plan = content.read(planId);
        InterventionViews views = views(plan);
        Comparator<InterventionView> order = switch (sort == null ? "" : sort) {
            case "title" -> Comparator.comparing(InterventionView::title, String.CASE_INSENSITIVE_ORDER);
            case "years" ->
                Comparator.comparingInt(InterventionView::firstYear)
                        .thenComparingInt(InterventionView::lastYear)
                        .thenComparing(InterventionView::title, String.CASE_INSENSITIVE_ORDER);
            default -> views.byAreaThenTitle();
        };
        List<InterventionView> matching = interventions.findByPlanIdOrderByIdAsc(planId).stream()
                .map(views::of)
                .filter(filter::accepts)
                .sorted(order.thenComparingLong(InterventionView::id))
                .toList();
        return PageView.slice(matching, page, size);
    }

    @Transactional(readOnly = true)
    public InterventionView get(long planId, long interventionId) {
        PlanView plan = content.read(planId);
        Intervention intervention = find(planId, interventionId);
        return views(plan, List.of(intervention)).of(intervention);
    }

    /** An intervention known by its id alone (by the modules built on the plan), if the user may read its plan. */
    @Transactional(readOnly = true)
    public InterventionView get(long interventionId) {
        Intervention intervention = interventions
                .findById(interventionId)
                .orElseThrow(() -> new NotFoundException("error.intervention.notFound", interventionId));
        return get(intervention.planId(), interventionId);
    }

    public InterventionView create(long planId, InterventionForm form, String reason) {
        PlanChange change = content.change(planId, reason);
        InterventionScope scope = check(change, form);
        Intervention intervention = new Intervention(planId);
        intervention.apply(form, scope);
        interventions.saveAndFlush(intervention);
        InterventionView view =
                views(content.read(planId), List.of(intervention)).of(intervention);
        content.created(change, ENTITY, intervention.id(), view);
        return view;
    }

    public InterventionView update(
            long planId, long interventionId, InterventionForm form, long expectedVersion, String reason) {
        PlanChange change = content.change(planId, reason);
        Intervention intervention = find(planId, interventionId);
        StaleVersionException.check(expectedVersion, intervention.version());
        InterventionScope scope = check(change, form);
        InterventionView before =
                views(content.read(planId), List.of(intervention)).of(intervention);
        intervention.apply(form, scope);
        requireContentWithin(interventionId, form.firstYear(), form.lastYear());
        interventions.saveAndFlush(intervention);
        InterventionView after =
                views(content.read(planId), List.of(intervention)).of(intervention);
        content.updated(change, ENTITY, interventionId, before, after);
        return after;
    }

    /** What still refers to the intervention (its budget lines, say); empty when it can go. */
    @Transactional(readOnly = true)
    public List<String> heldBy(long planId, long interventionId) {
        content.read(planId);
        find(planId, interventionId);
        return references.to(ENTITY, interventionId);
    }

    public void delete(long planId, long interventionId, String reason) {
        PlanChange change = content.change(planId, reason);
        Intervention intervention = find(planId, interventionId);
        references.requireNone(ENTITY, interventionId, "error.intervention.inUse", intervention.title());
        InterventionView before =
                views(content.read(planId), List.of(intervention)).of(intervention);
        interventions.delete(intervention);
        interventions.flush();
        content.deleted(change, ENTITY, interventionId, before);
    }

    /**
     * The form's references must all belong to the plan and its District; answers the scope the
     * intervention checks the rest against.
     */
    private InterventionScope check(PlanChange change, InterventionForm form) {
        long planId = change.planId();
        objectives
                .findByIdAndPlanId(form.objectiveId(), planId)
                .orElseThrow(
                        () -> RuleViolationException.invalid("objectiveId", "error.intervention.objectiveNotInPlan"));
        if (form.targetGroupId() != null) {
            groups.findByIdAndPlanId(form.targetGroupId(), planId)
                    .orElseThrow(() ->
                            RuleViolationException.invalid("targetGroupId", "error.intervention.targetGroupNotInPlan"));
        }
        if (form.leadOrganizationId() != null) {
            organizations.require(change.districtId(), form.leadOrganizationId(), "leadOrganizationId");
        }
        for (Long partner : form.partnerIds()) {
            organizations.require(change.districtId(), partner, "partnerIds");
        }
        DistrictView district = districts.view(change.districtSlug());
        return new InterventionScope(
                change.firstYear(),
                change.lastYear(),
                district.name(),
                district.municipalities().stream()
                        .map(MunicipalityView::istatCode)
                        .collect(Collectors.toSet()));
    }

    private void requireContentWithin(long interventionId, int firstYear, int lastYear) {
        List<String> outside = contentChecks
                .orderedStream()
                .flatMap(check -> check.outsideYears(interventionId, firstYear, lastYear).stream())
                .toList();
        if (!outside.isEmpty()) {
            throw RuleViolationException.conflict(
                    "firstYear", "error.intervention.contentOutsideYears", String.join(", ", outside));
        }
    }

    private Intervention find(long planId, long interventionId) {
        return interventions
                .findByIdAndPlanId(interventionId, planId)
                .orElseThrow(() -> new NotFoundException("error.intervention.notFound", interventionId));
    }

    private InterventionViews views(PlanView plan) {
        return views(plan, interventions.findByPlanIdOrderByIdAsc(plan.id()));
    }

    /**
     * The views of these interventions only: one intervention's view (after a change, say) needs
     * the names of its own organisations, not those of the whole plan's.
     */
    private InterventionViews views(PlanView plan, List<Intervention> shown) {
        DistrictView district = districts.view(plan.districtSlug());
        Set<Long> organizationIds = new HashSet<>();
        shown.forEach(i -> {
            if (i.leadOrganizationId() != null) {
                organizationIds.add(i.leadOrganizationId());
            }
            organizationIds.addAll(i.partnerIds());
        });
        return new InterventionViews(
                AreaOrder.of(areas, plan.id()),
                objectives.findByPlanIdOrderByPosition(plan.id()),
                groups.findByPlanIdOrderByPosition(plan.id()),
                organizations.names(district.id(), organizationIds),
                district.municipalities().stream()
                        .collect(Collectors.toMap(MunicipalityView::istatCode, MunicipalityView::name)));
    }
}

package it.zona.budget;

import it.zona.plan.PlanChange;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The places a plan's services use, in the member municipalities. */
@Service
@Transactional
public class FacilityRegistry {

    public static final String ENTITY = "Facility";

    private final Facilities facilities;
    private final InterventionRegistry interventions;
    private final PlanResources resources;

    FacilityRegistry(Facilities facilities, InterventionRegistry interventions, PlanResources resources) {
        this.facilities = facilities;
        this.interventions = interventions;
        this.resources = resources;
    }

    @Transactional(readOnly = true)
    public List<FacilityView> list(long planId) {
        PlanView plan = resources.read(planId);
        List<Facility> all = facilities.findByPlanIdOrderByNameAsc(planId);
        return all.stream().map(views(plan, all)).toList();
    }

    @Transactional(readOnly = true)
    public FacilityView get(long planId, long id) {
        PlanView plan = resources.read(planId);
        Facility facility = find(planId, id);
        return views(plan, List.of(facility)).apply(facility);
    }

    public FacilityView create(long planId, FacilityForm form, String reason) {
        PlanChange change = resources.change(planId, reason);
        check(change, form);
        Facility facility = new Facility(planId);
        facility.apply(form);
        facilities.saveAndFlush(facility);
        FacilityView view = views(resources.read(planId), List.of(facility)).apply(facility);
        resources.created(change, ENTITY, facility.id(), view);
        return view;
    }

    public FacilityView update(long planId, long id, FacilityForm form, long expectedVersion, String reason) {
        PlanChange change = resources.change(planId, reason);
        Facility facility = find(planId, id);
        StaleVersionException.check(expectedVersion, facility.version());
        check(change, form);
        PlanView plan = resources.read(planId);
        FacilityView before = views(plan, List.of(facility)).apply(facility);
        facility.apply(form);
        facilities.saveAndFlush(facility);
        FacilityView after = views(plan, List.of(facility)).apply(facility);
        resources.updated(change, ENTITY, id, before, after);
        return after;
    }

    public void delete(long planId, long id, String reason) {
        PlanChange change = resources.change(planId, reason);
        Facility facility = find(planId, id);
        FacilityView before = views(resources.read(planId), List.of(facility)).apply(facility);
        facilities.delete(facility);
        facilities.flush();
        resources.deleted(change, ENTITY, id, before);
    }

    private void check(PlanChange change, FacilityForm form) {
        resources.requireOrganization(change, form.organizationId());
        if (form.interventionId() != null) {
            PlanResources.requireIntervention(interventions.list(change.planId()), form.interventionId());
        }
        String municipality = form.municipality();
        if (municipality != null
                && !municipality.isBlank()
                && !resources.municipalities(change.districtSlug()).containsKey(municipality)) {
            throw RuleViolationException.invalid("municipality", "error.facility.municipalityOutside", municipality);
        }
    }

    private Facility find(long planId, long id) {
        return facilities
                .findByIdAndPlanId(id, planId)
                .orElseThrow(() -> new NotFoundException("error.facility.notFound", id));
    }

    private Function<Facility, FacilityView> views(PlanView plan, List<Facility> some) {
        Set<Long> organizationIds = new HashSet<>();
        some.forEach(f -> {
            if (f.organizationId() != null) {
                organizationIds.add(f.organizationId());
            }
        });
        Map<Long, String> organizations = resources.organizationNames(plan, organizationIds);
        Map<String, String> municipalities = resources.municipalities(plan.districtSlug());
        Map<Long, String> titles = some.stream().anyMatch(f -> f.interventionId() != null)
                ? interventions.list(plan.id()).stream()
                        .collect(Collectors.toMap(InterventionView::id, InterventionView::title))
                : Map.of();
        return f -> new FacilityView(
                f.id(),
                f.planId(),
                f.name(),
                f.kind(),
                f.address(),
                f.municipality(),
                f.municipality() == null ? null : municipalities.getOrDefault(f.municipality(), f.municipality()),
                PlanResources.named(f.organizationId(), organizations),
                PlanResources.named(f.interventionId(), titles),
                f.capacity(),
                f.note(),
                f.version());
    }
}

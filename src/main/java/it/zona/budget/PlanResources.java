package it.zona.budget;

import it.zona.district.DistrictRegistry;
import it.zona.municipality.MunicipalityView;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.plan.PlanChange;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionView;
import it.zona.programme.Named;
import it.zona.shared.EntityChanged;
import it.zona.shared.RuleViolationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What staffing and facilities share: the plan's rules for reading and changing it, the audit
 * record of each change, and the checks that what a row names belongs to the plan's District.
 */
@Component
class PlanResources {

    private final PlanRegistry plans;
    private final OrganizationRegistry organizations;
    private final DistrictRegistry districts;
    private final ApplicationEventPublisher events;

    PlanResources(
            PlanRegistry plans,
            OrganizationRegistry organizations,
            DistrictRegistry districts,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.organizations = organizations;
        this.districts = districts;
        this.events = events;
    }

    PlanView read(long planId) {
        return plans.readableView(planId);
    }

    PlanChange change(long planId, String reason) {
        return plans.authorizeChange(planId, reason);
    }

    void requireOrganization(PlanChange change, Long organizationId) {
        if (organizationId != null) {
            organizations.require(change.districtId(), organizationId, "organizationId");
        }
    }

    static void requireIntervention(List<InterventionView> interventions, Long interventionId) {
        if (interventionId != null && interventions.stream().noneMatch(i -> i.id() == interventionId)) {
            throw RuleViolationException.invalid("interventionId", "error.budget.interventionNotInPlan");
        }
    }

    /** ISTAT code → name of the District's member municipalities. */
    Map<String, String> municipalities(String slug) {
        return districts.view(slug).municipalities().stream()
                .collect(Collectors.toMap(MunicipalityView::istatCode, MunicipalityView::name));
    }

    Map<Long, String> organizationNames(PlanView plan, Collection<Long> ids) {
        return organizations.names(districts.ref(plan.districtSlug()).id(), ids);
    }

    Map<Long, OrganizationType> organizationTypes(PlanView plan, Collection<Long> ids) {
        return organizations.types(districts.ref(plan.districtSlug()).id(), ids);
    }

    static Named named(Long id, Map<Long, String> names) {
        return id == null ? null : new Named(id, names.getOrDefault(id, "#" + id));
    }

    void created(PlanChange change, String entity, long id, Object after) {
        events.publishEvent(change.record(EntityChanged.created(change.districtId(), entity, id, after)));
    }

    void updated(PlanChange change, String entity, long id, Object before, Object after) {
        events.publishEvent(change.record(EntityChanged.updated(change.districtId(), entity, id, before, after)));
    }

    void deleted(PlanChange change, String entity, long id, Object before) {
        events.publishEvent(change.record(EntityChanged.deleted(change.districtId(), entity, id, before)));
    }
}

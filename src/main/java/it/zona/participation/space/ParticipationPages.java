package it.zona.participation.space;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.organization.OrganizationView;
import it.zona.organization.PersonRegistry;
import it.zona.organization.PersonView;
import it.zona.plan.PlanFacts;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every participation page shares: the plan ({@code plan}), whether the user runs its tables
 * ({@code manage}) and whether they are on the District's staff ({@code staff}).
 */
@Component
public class ParticipationPages {

    private final PlanningSpaces spaces;
    private final ParticipationAccess access;
    private final OrganizationRegistry organizations;
    private final PersonRegistry people;

    ParticipationPages(
            PlanningSpaces spaces,
            ParticipationAccess access,
            OrganizationRegistry organizations,
            PersonRegistry people) {
        this.spaces = spaces;
        this.access = access;
        this.organizations = organizations;
        this.people = people;
    }

    public PlanFacts read(long planId, Model model) {
        PlanFacts plan = spaces.plan(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("manage", access.canManage(plan.districtId()));
        model.addAttribute("staff", access.isStaff(plan.districtId()));
        model.addAttribute("administer", access.canAdminister(plan.districtId()));
        return plan;
    }

    /** Like {@link #read} for a form: without leave to run the tables there is no form to show. */
    public PlanFacts manage(long planId, Model model) {
        PlanFacts plan = read(planId, model);
        if (!access.canManage(plan.districtId())) {
            throw new AccessDeniedException("No leave to run the tables of plan " + planId);
        }
        return plan;
    }

    public List<OrganizationView> organizations(PlanFacts plan) {
        return organizations.all(plan.districtSlug());
    }

    public List<PersonView> people(PlanFacts plan) {
        return people.all(plan.districtSlug());
    }

    /** People who work for a member municipality: those who may be a table's liaison. */
    public List<PersonView> municipalPeople(PlanFacts plan) {
        Set<Long> municipalities = organizations(plan).stream()
                .filter(o -> o.type() == OrganizationType.MUNICIPALITY)
                .map(OrganizationView::id)
                .collect(Collectors.toSet());
        return people(plan).stream()
                .filter(p -> p.organizationId() != null && municipalities.contains(p.organizationId()))
                .toList();
    }
}

package it.zona.sitting;

import it.zona.district.DistrictRegistry;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyView;
import it.zona.plan.PlanAct;
import it.zona.plan.PlanActs;
import it.zona.plan.PlanStage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The District's resolutions as acts of a plan's iter, the latest first; a revoked resolution decides
 * nothing. A resolution that says what it decides on (its agenda item named the plan and the stage, or
 * the programme's year) is offered for that alone; one that says nothing is offered for any step.
 */
@Component
@Transactional(readOnly = true)
class ResolutionActs implements PlanActs {

    /** As far back as an office looks for the act of a step it is recording. */
    static final int RECENT = 50;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALY);

    private final Resolutions resolutions;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;

    ResolutionActs(Resolutions resolutions, DistrictRegistry districts, GovernanceRegistry governance) {
        this.resolutions = resolutions;
        this.districts = districts;
        this.governance = governance;
    }

    /** A resolution named as acts name it, in Italian whatever the reader's language: it is quoted. */
    static String label(Resolution r, String body) {
        return "Delibera n. %d del %s (%s) – %s".formatted(r.number(), DAY.format(r.adoptedOn()), body, r.title());
    }

    @Override
    public List<PlanAct> candidates(long planId, long districtId, PlanStage to) {
        return acts(districtId, resolutions.forStage(districtId, planId, to, recent()));
    }

    @Override
    public List<PlanAct> programmeCandidates(long planId, long districtId, int year) {
        return acts(districtId, resolutions.forProgramme(districtId, planId, year, recent()));
    }

    /**
     * The latest {@link #RECENT}, counted once the query has filtered them: resolutions that decide on
     * other steps take no place among them.
     */
    private static PageRequest recent() {
        return PageRequest.of(0, RECENT, Sort.by(Sort.Order.desc("adoptedOn"), Sort.Order.desc("number")));
    }

    private List<PlanAct> acts(long districtId, List<Resolution> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> bodies = governance
                .list(districts.refs(List.of(districtId)).get(0).slug())
                .stream()
                .collect(Collectors.toMap(GoverningBodyView::id, GoverningBodyView::name, (a, b) -> a));
        Function<Resolution, PlanAct> act =
                r -> new PlanAct("/resolutions/" + r.id(), label(r, bodies.get(r.governingBodyId())), r.adoptedOn());
        return found.stream().map(act).toList();
    }
}

package it.zona.programme;

import it.zona.plan.PlanView;
import it.zona.programme.AnnualProgramme.AreaInterventions;
import it.zona.programme.AreaObjectives.GeneralObjective;
import it.zona.programme.ProgrammeOutline.AreaOutline;
import it.zona.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's content read as a whole: the yearly programme and the outline of the plan document. */
@Service
@Transactional(readOnly = true)
public class Programme {

    private final PlanContent content;
    private final AreaRegistry areas;
    private final NeedRegistry needs;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;
    private final ObjectProvider<PlannedAmounts> amounts;

    Programme(
            PlanContent content,
            AreaRegistry areas,
            NeedRegistry needs,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions,
            ObjectProvider<PlannedAmounts> amounts) {
        this.content = content;
        this.areas = areas;
        this.needs = needs;
        this.objectives = objectives;
        this.interventions = interventions;
        this.amounts = amounts;
    }

    /** The programma attuativo of a year of the plan's period. */
    public AnnualProgramme year(long planId, int year) {
        PlanView plan = content.read(planId);
        if (year < plan.firstYear() || year > plan.lastYear()) {
            throw new NotFoundException("error.programme.yearOutside", String.valueOf(year), plan.period());
        }
        List<InterventionView> active =
                interventions.list(planId).stream().filter(i -> i.runsIn(year)).toList();
        List<AreaInterventions> byArea = new ArrayList<>();
        for (PolicyAreaView area : areas.areasInOrder(planId)) {
            List<InterventionView> of =
                    active.stream().filter(i -> i.area().id() == area.id()).toList();
            if (!of.isEmpty()) {
                byArea.add(new AreaInterventions(area, of));
            }
        }
        PlannedAmounts source = amounts.getIfAvailable();
        Map<Long, BigDecimal> planned = source == null ? Map.of() : source.byIntervention(planId, year);
        BigDecimal total = active.stream()
                .map(i -> planned.getOrDefault(i.id(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AnnualProgramme(planId, year, byArea, planned, total);
    }

    /** Area by area: needs, then general objectives with their specific ones and their interventions. */
    public ProgrammeOutline outline(long planId) {
        content.read(planId);
        Map<Long, List<NeedView>> needsByArea = needs.list(planId, null).stream()
                .collect(Collectors.groupingBy(n -> n.area().id()));
        Map<Long, List<GeneralObjective>> objectivesByArea = objectives.outline(planId).stream()
                .collect(Collectors.toMap(a -> a.area().id(), AreaObjectives::objectives));
        Map<Long, List<InterventionView>> byObjective = interventions.list(planId).stream()
                .collect(Collectors.groupingBy(i -> i.objective().id()));
        List<AreaOutline> outline = areas.areasInOrder(planId).stream()
                .map(area -> new AreaOutline(
                        area,
                        needsByArea.getOrDefault(area.id(), List.of()),
                        objectivesByArea.getOrDefault(area.id(), List.of()),
                        byObjective))
                .toList();
        return new ProgrammeOutline(outline, areas.targetGroups(planId));
    }
}

package it.zona.budget;

import it.zona.plan.PlanView;
import it.zona.programme.InterventionView;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the budget of a plan is read against, looked up once: the plan, its interventions (in the
 * order of their areas) and the District's funding sources.
 */
final class BudgetContext {

    private final PlanView plan;
    private final List<InterventionView> interventions;
    private final List<FundingSourceView> sources;
    private final Map<Long, InterventionView> interventionsById;
    private final Map<Long, FundingSourceView> sourcesById;
    private final Map<Long, Integer> interventionRank = new HashMap<>();
    private final Map<Long, Integer> sourceRank = new HashMap<>();

    BudgetContext(PlanView plan, List<InterventionView> interventions, List<FundingSourceView> sources) {
        this.plan = plan;
        this.interventions = interventions;
        this.sources = sources;
        this.interventionsById =
                interventions.stream().collect(Collectors.toMap(InterventionView::id, Function.identity()));
        this.sourcesById = sources.stream().collect(Collectors.toMap(FundingSourceView::id, Function.identity()));
        interventions.forEach(i -> interventionRank.put(i.id(), interventionRank.size()));
        sources.forEach(s -> sourceRank.put(s.id(), sourceRank.size()));
    }

    PlanView plan() {
        return plan;
    }

    List<InterventionView> interventions() {
        return interventions;
    }

    List<FundingSourceView> sources() {
        return sources;
    }

    InterventionView intervention(long id) {
        return interventionsById.get(id);
    }

    FundingSourceView source(long id) {
        return sourcesById.get(id);
    }

    /** Lines in reading order: by the intervention's place in the plan, then year, then source. */
    Comparator<BudgetLineView> lineOrder() {
        return Comparator.comparing((BudgetLineView l) -> interventionRank.getOrDefault(l.interventionId(), 0))
                .thenComparingInt(BudgetLineView::year)
                .thenComparing(l -> sourceRank.getOrDefault(l.fundingSourceId(), 0));
    }

    BudgetLineView view(BudgetLine line) {
        InterventionView intervention = interventionsById.get(line.interventionId());
        FundingSourceView source = sourcesById.get(line.fundingSourceId());
        return new BudgetLineView(
                line.id(),
                line.planId(),
                line.interventionId(),
                intervention == null ? "#" + line.interventionId() : intervention.title(),
                intervention == null ? null : intervention.area().name(),
                line.year(),
                line.fundingSourceId(),
                source == null ? "#" + line.fundingSourceId() : source.name(),
                line.amount(),
                line.note(),
                line.version());
    }
}

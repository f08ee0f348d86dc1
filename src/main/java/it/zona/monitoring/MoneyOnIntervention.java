package it.zona.monitoring;

import it.zona.programme.InterventionPageSection;
import it.zona.programme.InterventionView;
import it.zona.spending.PlanSpending.LineFigures;
import it.zona.spending.SpendingFigures;
import it.zona.spending.SpendingTotals;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The money of an intervention on its page, where the whole chain is told: for each year and
 * funding source, what the plan allows, what is committed and what is paid. Figures only.
 */
@Component
class MoneyOnIntervention implements InterventionPageSection {

    private final SpendingTotals spending;

    MoneyOnIntervention(SpendingTotals spending) {
        this.spending = spending;
    }

    /** The intervention's lines, in year and source order, and their total. */
    record InterventionMoney(List<LineFigures> lines, SpendingFigures total) {}

    @Override
    public void addTo(InterventionView intervention, Model model) {
        List<LineFigures> lines = spending.ofIntervention(intervention).stream()
                .sorted(java.util.Comparator.comparingInt(LineFigures::year)
                        .thenComparing(LineFigures::fundingSourceId))
                .toList();
        model.addAttribute(
                "interventionMoney",
                new InterventionMoney(
                        lines,
                        lines.stream().map(LineFigures::figures).reduce(SpendingFigures.NONE, SpendingFigures::plus)));
    }
}

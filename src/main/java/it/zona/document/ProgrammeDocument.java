package it.zona.document;

import it.zona.budget.BudgetOverview.Breakdown;
import it.zona.budget.ProfessionalRole;
import it.zona.programme.AnnualProgramme;
import it.zona.programme.AnnualProgramme.AreaInterventions;
import it.zona.programme.ObjectiveView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme (programma attuativo) of one year as its approval freezes it: the interventions
 * active in the year area by area with the money each plans for it, the year's specific objectives,
 * its resources by source and area, its staff and the municipalities' shares, and the act that
 * approves it. Read from the plan's document, so that both tell the same figures.
 */
record ProgrammeDocument(PlanDocument plan, AnnualProgramme programme, LocalDate approvedOn, String act) {

    /** An amount of the year, named (a funding source, an area, a municipality). */
    public record Line(String name, BigDecimal amount) {}

    /** A professional role's full-time equivalents in the year. */
    public record StaffLine(ProfessionalRole role, BigDecimal fte) {}

    public int year() {
        return programme.year();
    }

    public List<AreaInterventions> areas() {
        return programme.areas();
    }

    /** The specific objectives an area sets for the year. */
    public List<ObjectiveView> objectivesOf(long areaId) {
        return plan.areas().stream()
                .filter(a -> a.area().id() == areaId)
                .flatMap(a -> a.objectives().stream())
                .flatMap(o -> o.yearly().stream())
                .filter(o -> o.year() != null && o.year() == year())
                .toList();
    }

    public BigDecimal planned(long interventionId) {
        return programme.plannedFor(interventionId).setScale(2);
    }

    public BigDecimal total() {
        return programme.total().setScale(2);
    }

    public List<Line> bySource() {
        return lines(plan.budget().bySource());
    }

    public List<Line> byArea() {
        return lines(plan.budget().byArea());
    }

    public List<StaffLine> staffing() {
        int index = plan.plan().years().indexOf(year());
        return plan.staffing().stream()
                .map(row -> new StaffLine(row.role(), row.fteByYear().get(index)))
                .filter(line -> line.fte().signum() > 0)
                .toList();
    }

    public List<Line> cofunding() {
        return plan.budget().municipalShares().stream()
                .filter(shares -> shares.year() == year())
                .flatMap(shares -> shares.shares().stream())
                .map(share -> new Line(share.name(), share.amount()))
                .toList();
    }

    public BigDecimal sum(List<Line> lines) {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private List<Line> lines(List<Breakdown> breakdowns) {
        return breakdowns.stream()
                .map(b -> new Line(b.name(), b.amount(year()).setScale(2)))
                .filter(line -> line.amount().signum() > 0)
                .toList();
    }
}

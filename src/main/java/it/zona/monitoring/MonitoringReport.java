package it.zona.monitoring;

import it.zona.document.ItalianFormat;
import it.zona.document.PdfA;
import it.zona.indicators.IndicatorRegistry;
import it.zona.indicators.IndicatorView;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.shared.RuleViolationException;
import it.zona.spending.PlanSpending;
import it.zona.spending.PlanSpending.LineFigures;
import it.zona.spending.SpendingFigures;
import it.zona.spending.SpendingTotals;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The annual monitoring report of a plan (relazione di monitoraggio), written from the data as a
 * PDF/A in Italian: the year's money in all, by source and by area, then, area by area, the chain
 * of each intervention active in the year (its objective, its money by source: allowed, committed,
 * paid) and the indicators with their target, value and status. Figures as of the day it is
 * written; nothing personal.
 */
@Component
class MonitoringReport {

    static final String TEMPLATE = "monitoring/report-pdf";

    private final SpendingTotals spending;
    private final InterventionRegistry interventions;
    private final IndicatorRegistry indicators;
    private final ITemplateEngine templates;
    private final PdfA pdf;
    private final Clock clock;

    MonitoringReport(
            SpendingTotals spending,
            InterventionRegistry interventions,
            IndicatorRegistry indicators,
            ITemplateEngine templates,
            PdfA pdf,
            Clock clock) {
        this.spending = spending;
        this.interventions = interventions;
        this.indicators = indicators;
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** An intervention of the year with its lines of that year and their total. */
    record Chain(
            InterventionView intervention,
            List<LineFigures> lines,
            SpendingFigures total,
            List<IndicatorView> indicators) {}

    /** An area of the plan with its year's figures and its interventions' chains. */
    record Area(String name, SpendingFigures total, List<Chain> chains, List<IndicatorView> objectiveIndicators) {}

    /** The report's figures, for the template and for the tests that read the PDF back. */
    record Content(
            PlanView plan,
            int year,
            LocalDate asOf,
            SpendingFigures total,
            List<PlanSpending.YearSourceFigures> bySource,
            List<Area> areas) {}

    /** A year of the plan's period, or the refusal naming the field. */
    static void check(PlanView plan, int year) {
        if (year < plan.firstYear() || year > plan.lastYear()) {
            throw RuleViolationException.invalid(
                    "year",
                    "error.monitoring.yearOutsidePlan",
                    Integer.toString(year),
                    Integer.toString(plan.firstYear()),
                    Integer.toString(plan.lastYear()));
        }
    }

    Content content(PlanView plan, int year) {
        check(plan, year);
        PlanSpending figures = spending.of(plan.id(), null);
        List<IndicatorView> all = indicators.list(plan.id());
        Map<String, List<Chain>> chains = new LinkedHashMap<>();
        Map<String, SpendingFigures> totals = new LinkedHashMap<>();
        for (InterventionView intervention : interventions.list(plan.id())) {
            if (year < intervention.firstYear() || year > intervention.lastYear()) {
                continue;
            }
            List<LineFigures> lines = figures.lines().stream()
                    .filter(l -> l.interventionId() == intervention.id() && l.year() == year)
                    .toList();
            SpendingFigures total =
                    lines.stream().map(LineFigures::figures).reduce(SpendingFigures.NONE, SpendingFigures::plus);
            List<IndicatorView> own = all.stream()
                    .filter(i -> i.intervention() != null && i.intervention().id() == intervention.id())
                    .toList();
            String area = intervention.area().name();
            chains.computeIfAbsent(area, a -> new ArrayList<>()).add(new Chain(intervention, lines, total, own));
            totals.merge(area, total, SpendingFigures::plus);
        }
        List<Area> areas = new ArrayList<>();
        chains.forEach((name, list) -> areas.add(new Area(
                name,
                totals.get(name),
                List.copyOf(list),
                all.stream()
                        .filter(i -> i.intervention() == null
                                && i.area() != null
                                && name.equals(i.area().name()))
                        .toList())));
        return new Content(
                plan,
                year,
                LocalDate.now(clock.withZone(it.zona.shared.PlatformConfig.ZONE)),
                figures.byYear().stream()
                        .filter(y -> y.year() == year)
                        .map(PlanSpending.YearFigures::figures)
                        .findFirst()
                        .orElse(SpendingFigures.NONE),
                figures.byYearAndSource().stream().filter(s -> s.year() == year).toList(),
                List.copyOf(areas));
    }

    byte[] write(PlanView plan, int year) {
        Context context = new Context(Locale.ITALIAN);
        context.setVariable("report", content(plan, year));
        context.setVariable("fmt", ItalianFormat.INSTANCE);
        return pdf.write(templates.process(TEMPLATE, context));
    }

    static String fileName(PlanView plan, int year) {
        return "relazione-monitoraggio-" + plan.id() + "-" + year + ".pdf";
    }
}

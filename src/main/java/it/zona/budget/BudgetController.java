package it.zona.budget;

import it.zona.budget.BudgetGrid.Cell;
import it.zona.budget.BudgetOverview.Breakdown;
import it.zona.budget.BudgetOverview.YearAmount;
import it.zona.plan.PlanView;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.shared.DomainException;
import it.zona.shared.PageView;
import it.zona.shared.RuleViolationException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Formats;
import it.zona.shared.web.PublicPage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's budget: the overview with its charts, all its lines, and each intervention's table of amounts. */
@Controller
class BudgetController {

    static final String OVERVIEW_VIEW = "budget/overview";
    static final String LINES_VIEW = "budget/lines";
    static final String GRID_VIEW = "budget/grid";
    static final int PAGE_SIZE = 25;

    private static final Set<String> SORTS = Set.of("intervention", "year", "source", "amount", "amount-desc");

    private final BudgetRegistry budget;
    private final BudgetReport report;
    private final BudgetPages pages;
    private final InterventionRegistry interventions;
    private final Formats formats;

    BudgetController(
            BudgetRegistry budget,
            BudgetReport report,
            BudgetPages pages,
            InterventionRegistry interventions,
            Formats formats) {
        this.formats = formats;
        this.budget = budget;
        this.report = report;
        this.pages = pages;
        this.interventions = interventions;
    }

    @PublicPage
    @GetMapping("/plans/{id}/budget")
    String overview(@PathVariable long id, Model model) {
        BudgetOverview overview = report.overview(id);
        PlanView plan = pages.read(id, model);
        model.addAttribute("overview", overview);
        model.addAttribute(
                "yearChart", BarChart.of(overview.byYear(), y -> String.valueOf(y.year()), YearAmount::amount, 160));
        model.addAttribute(
                "sourceChart", BarChart.of(withMoney(overview.bySource()), Breakdown::name, Breakdown::total, 400));
        model.addAttribute("areaChart", BarChart.of(overview.byArea(), Breakdown::name, Breakdown::total, 400));
        return OVERVIEW_VIEW;
    }

    @PublicPage
    @GetMapping("/plans/{id}/budget-lines")
    String lines(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long source,
            @RequestParam(required = false) Long area,
            @RequestParam(defaultValue = "intervention") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<BudgetLineView> all = new ArrayList<>(budget.list(id, year, null, source));
        PlanView plan = pages.read(id, model);
        List<InterventionView> planInterventions = interventions.list(id);
        if (area != null) {
            Set<Long> inArea = planInterventions.stream()
                    .filter(i -> i.area().id() == area)
                    .map(InterventionView::id)
                    .collect(Collectors.toSet());
            all.removeIf(l -> !inArea.contains(l.interventionId()));
        }
        String order = SORTS.contains(sort) ? sort : "intervention";
        Comparator<BudgetLineView> comparator = switch (order) {
            case "year" -> Comparator.comparingInt(BudgetLineView::year);
            case "source" -> Comparator.comparing(l -> l.fundingSource().toLowerCase(Locale.ROOT));
            case "amount" -> Comparator.comparing(BudgetLineView::amount);
            case "amount-desc" -> Comparator.comparing(BudgetLineView::amount).reversed();
            default -> null;
        };
        if (comparator != null) {
            all.sort(comparator); // stable: within equal keys, the plan's reading order stays
        }
        model.addAttribute("lines", PageView.slice(all, page, PAGE_SIZE));
        model.addAttribute(
                "linesTotal",
                all.stream().map(BudgetLineView::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        model.addAttribute("year", year);
        model.addAttribute("source", source);
        model.addAttribute("area", area);
        model.addAttribute("sort", order);
        model.addAttribute("sources", budgetSources(plan));
        model.addAttribute(
                "areas",
                planInterventions.stream()
                        .map(InterventionView::area)
                        .distinct()
                        .toList());
        return LINES_VIEW;
    }

    @PublicPage
    @GetMapping("/plans/{id}/interventions/{interventionId}/budget")
    String grid(@PathVariable long id, @PathVariable long interventionId, Model model) {
        BudgetGrid grid = budget.grid(id, interventionId);
        return gridPage(id, grid, formatted(grid), Map.of(), List.of(), "", model);
    }

    @PostMapping("/plans/{id}/interventions/{interventionId}/budget")
    String saveGrid(
            @PathVariable long id,
            @PathVariable long interventionId,
            @RequestParam Map<String, String> parameters,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        BudgetGrid grid = budget.grid(id, interventionId);
        String reason = parameters.getOrDefault("reason", "");
        Map<String, String> typed = new LinkedHashMap<>();
        Map<Cell, BigDecimal> cells = new LinkedHashMap<>();
        Map<String, DomainException> errors = new LinkedHashMap<>();
        for (int year : grid.years()) {
            for (FundingSourceView source : grid.sources()) {
                Cell cell = new Cell(year, source.id());
                String value = parameters.getOrDefault("cells[" + cell.key() + "]", "");
                typed.put(cell.key(), value);
                try {
                    cells.put(cell, Amounts.parse(value, locale, "cells[" + cell.key() + "]"));
                } catch (RuleViolationException refused) {
                    errors.put(cell.key(), refused);
                }
            }
        }
        List<DomainException> general = new ArrayList<>();
        if (errors.isEmpty()) {
            try {
                long version = Long.parseLong(parameters.getOrDefault("version", "-1"));
                BudgetGrid saved = budget.saveGrid(id, interventionId, cells, version, reason);
                Flash.success(
                        redirect, "budget.grid.saved", saved.intervention().title());
                return "redirect:/plans/" + id + "/interventions/" + interventionId + "/budget";
            } catch (NumberFormatException e) {
                general.add(RuleViolationException.invalid(null, "error.budget.staleGrid"));
            } catch (DomainException refused) {
                String field = refused.field();
                if (field != null && field.startsWith("cells[") && field.endsWith("]")) {
                    errors.put(field.substring(6, field.length() - 1), refused);
                } else {
                    general.add(refused);
                }
            }
        }
        return gridPage(id, grid, typed, errors, general, reason, model);
    }

    private String gridPage(
            long id,
            BudgetGrid grid,
            Map<String, String> typed,
            Map<String, DomainException> errors,
            List<DomainException> general,
            String reason,
            Model model) {
        pages.read(id, model);
        model.addAttribute("grid", grid);
        model.addAttribute("typed", typed);
        model.addAttribute("cellErrors", errors);
        model.addAttribute("generalErrors", general);
        model.addAttribute("reason", reason);
        return GRID_VIEW;
    }

    /** The amounts as the reader writes them: 12.345,67 in Italian. */
    private Map<String, String> formatted(BudgetGrid grid) {
        Map<String, String> typed = new LinkedHashMap<>();
        grid.amounts().forEach((cell, amount) -> typed.put(cell.key(), formats.amount(amount)));
        return typed;
    }

    private List<FundingSourceView> budgetSources(PlanView plan) {
        return budget.context(plan.id()).sources();
    }

    private static List<Breakdown> withMoney(List<Breakdown> items) {
        return items.stream().filter(b -> b.total().signum() > 0).toList();
    }
}

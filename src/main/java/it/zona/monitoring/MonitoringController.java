package it.zona.monitoring;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanPages;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.shared.NotFoundException;
import it.zona.shared.web.FileResponses;
import it.zona.shared.web.Flash;
import it.zona.shared.web.PublicPage;
import it.zona.spending.PlanSpending;
import it.zona.spending.SpendingTotals;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of monitoring: a plan's public state of implementation, and the District staff's
 * dashboard with the alerts and the figures of the plans being carried out.
 */
@Controller
class MonitoringController {

    static final String IMPLEMENTATION_VIEW = "monitoring/implementation";
    static final String DASHBOARD_VIEW = "monitoring/dashboard";

    private final Implementation implementation;
    private final Alerts alerts;
    private final PlanPages pages;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final MonitoringReports reports;
    private final Access access;
    private final SpendingTotals totals;

    MonitoringController(
            Implementation implementation,
            Alerts alerts,
            PlanPages pages,
            PlanRegistry plans,
            DistrictRegistry districts,
            MonitoringReports reports,
            Access access,
            SpendingTotals totals) {
        this.implementation = implementation;
        this.alerts = alerts;
        this.pages = pages;
        this.plans = plans;
        this.districts = districts;
        this.reports = reports;
        this.access = access;
        this.totals = totals;
    }

    @PublicPage
    @GetMapping("/plans/{id}/attuazione")
    String implementation(@PathVariable long id, Model model) {
        PlanView plan = pages.read(id, model);
        DistrictView district = districts.view(plan.districtSlug());
        model.addAttribute("district", district);
        model.addAttribute("state", implementation.of(plan, previous(plan)));
        model.addAttribute(
                "canFreeze",
                plan.stage().isPastApproval()
                        && access.roleIn(district.id())
                                .filter(role -> role.includes(DistrictRole.ADMIN))
                                .isPresent());
        return IMPLEMENTATION_VIEW;
    }

    @GetMapping("/plans/{id}/attuazione/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam int year) {
        MonitoringReports.Pdf pdf = reports.pdf(id, year);
        return FileResponses.inline(pdf.fileName(), MediaType.APPLICATION_PDF, pdf.content());
    }

    @PostMapping("/plans/{id}/attuazione/report/{year}/freeze")
    String freeze(@PathVariable long id, @PathVariable int year, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> reports.freeze(id, year), "monitoring.report.frozen", Integer.toString(year));
        return "redirect:/plans/" + id + "/attuazione";
    }

    @GetMapping("/districts/{slug}/monitoring")
    String dashboard(@PathVariable String slug, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute("district", districts.view(slug));
        // Each plan's spending is read once, for its alerts and its figures both.
        Map<Long, PlanSpending> spending = new HashMap<>();
        Function<Long, PlanSpending> spendingOf = planId -> spending.computeIfAbsent(planId, id -> totals.of(id, null));
        var said = alerts.said(alerts.of(slug, spendingOf), LocaleContextHolder.getLocale());
        model.addAttribute("alerts", said);
        // By kind, in the kinds' order: a District with many alerts of one kind sees the others too.
        model.addAttribute(
                "alertsByKind",
                said.stream()
                        .collect(Collectors.groupingBy(
                                a -> a.alert().kind(), () -> new EnumMap<>(AlertKind.class), Collectors.toList())));
        model.addAttribute(
                "states",
                alerts.monitored(slug).stream()
                        .map(plan ->
                                implementation.of(plans.readableView(plan.id()), null, spendingOf.apply(plan.id())))
                        .toList());
        return DASHBOARD_VIEW;
    }

    /** The previous plan, when the reader may see it: a draft is its District's staff's. */
    private PlanView previous(PlanView plan) {
        if (plan.previousPlan() == null) {
            return null;
        }
        try {
            return plans.readableView(plan.previousPlan().id());
        } catch (NotFoundException hidden) {
            return null;
        }
    }
}

package it.zona.monitoring;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanPages;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.plan.PlanSummary;
import it.zona.plan.PlanView;
import it.zona.shared.NotFoundException;
import it.zona.shared.web.PublicPage;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

    MonitoringController(
            Implementation implementation,
            Alerts alerts,
            PlanPages pages,
            PlanRegistry plans,
            DistrictRegistry districts) {
        this.implementation = implementation;
        this.alerts = alerts;
        this.pages = pages;
        this.plans = plans;
        this.districts = districts;
    }

    @PublicPage
    @GetMapping("/plans/{id}/attuazione")
    String implementation(@PathVariable long id, Model model) {
        PlanView plan = pages.read(id, model);
        model.addAttribute("district", districts.view(plan.districtSlug()));
        model.addAttribute("state", implementation.of(plan, previous(plan)));
        return IMPLEMENTATION_VIEW;
    }

    @GetMapping("/districts/{slug}/monitoring")
    String dashboard(@PathVariable String slug, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        DistrictView district = districts.view(slug);
        List<PlanSummary> monitored = plans.list(slug).stream()
                .filter(plan -> plan.stage().isPastApproval() && plan.stage() != PlanStage.CLOSED)
                .toList();
        model.addAttribute("district", district);
        model.addAttribute("alerts", alerts.said(alerts.of(slug), LocaleContextHolder.getLocale()));
        model.addAttribute(
                "states",
                monitored.stream()
                        .map(plan -> implementation.of(plans.readableView(plan.id()), null))
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

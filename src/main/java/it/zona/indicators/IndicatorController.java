package it.zona.indicators;

import it.zona.plan.PlanPages;
import it.zona.plan.PlanView;
import it.zona.programme.AreaRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.ObjectiveRegistry;
import it.zona.shared.DomainException;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's indicators: the list with its filters, each indicator's page (definition, targets and
 * values per year with their status, a chart, the history of its measurements), the staff's forms
 * to define one and to record a measurement or a correction.
 */
@Controller
@RequestMapping("/plans/{planId}/indicators")
class IndicatorController {

    static final String LIST_VIEW = "indicators/list";
    static final String DETAIL_VIEW = "indicators/indicator";
    static final String FORM_VIEW = "indicators/form";
    static final String MEASUREMENT_VIEW = "indicators/measurement-form";
    static final String DELETE_VIEW = "indicators/delete";

    private final IndicatorRegistry indicators;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;
    private final AreaRegistry areas;
    private final PlanPages pages;

    IndicatorController(
            IndicatorRegistry indicators,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions,
            AreaRegistry areas,
            PlanPages pages) {
        this.indicators = indicators;
        this.objectives = objectives;
        this.interventions = interventions;
        this.areas = areas;
        this.pages = pages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping
    String list(
            @PathVariable long planId,
            @RequestParam(required = false) Long area,
            @RequestParam(required = false) IndicatorKind kind,
            @RequestParam(required = false) IndicatorStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PlanView plan = pages.read(planId, model);
        int shownYear = year != null && plan.years().contains(year) ? year : indicators.defaultYear(plan);
        IndicatorFilter filter = new IndicatorFilter(area, kind, status);
        PageView<IndicatorView> found = indicators.page(planId, filter, shownYear, page, IndicatorRegistry.PAGE_SIZE);
        model.addAttribute("indicators", found);
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("area", area);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("year", shownYear);
        model.addAttribute("areas", areas.areasInOrder(planId));
        model.addAttribute("years", plan.years());
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("statuses", IndicatorStatus.values());
        model.addAttribute("summary", indicators.statuses(planId, shownYear));
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/{indicatorId}")
    String detail(@PathVariable long planId, @PathVariable long indicatorId, Model model) {
        pages.read(planId, model);
        IndicatorView indicator = inPlan(planId, indicatorId);
        model.addAttribute("indicator", indicator);
        model.addAttribute("chart", IndicatorChart.of(indicator));
        model.addAttribute("history", indicators.history(indicatorId));
        model.addAttribute("mayRecord", indicators.mayRecord(planId));
        return DETAIL_VIEW;
    }

    @GetMapping("/new")
    String newIndicator(
            @PathVariable long planId,
            @RequestParam(required = false) Long objective,
            @RequestParam(required = false) Long intervention,
            Model model) {
        PlanView plan = pages.edit(planId, "", model);
        model.addAttribute("form", IndicatorForm.empty(objective, intervention, plan.years()));
        return formPage(planId, null, "", model);
    }

    @PostMapping("/new")
    String create(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    IndicatorView created = indicators.create(planId, form, reason);
                    Flash.success(redirect, "indicator.created", created.name());
                    return "redirect:/plans/" + planId + "/indicators/" + created.id();
                },
                () -> formPage(planId, null, reason, model));
    }

    @GetMapping("/{indicatorId}/edit")
    String edit(@PathVariable long planId, @PathVariable long indicatorId, Model model) {
        PlanView plan = pages.edit(planId, "", model);
        IndicatorView indicator = inPlan(planId, indicatorId);
        model.addAttribute("form", indicator.toForm(plan.years()));
        return formPage(planId, indicator, "", model);
    }

    @PostMapping("/{indicatorId}/edit")
    String update(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        IndicatorView indicator = inPlan(planId, indicatorId);
        return Forms.submit(
                errors,
                () -> {
                    IndicatorView updated =
                            indicators.update(indicatorId, form, Versions.ofForm(form.version()), reason);
                    Flash.success(redirect, "indicator.updated", updated.name());
                    return "redirect:/plans/" + planId + "/indicators/" + indicatorId;
                },
                () -> formPage(planId, indicator, reason, model));
    }

    @GetMapping("/{indicatorId}/delete")
    String confirmDelete(@PathVariable long planId, @PathVariable long indicatorId, Model model) {
        pages.edit(planId, "", model);
        IndicatorView indicator = inPlan(planId, indicatorId);
        model.addAttribute("indicator", indicator);
        model.addAttribute("heldBy", indicators.heldBy(indicatorId));
        return DELETE_VIEW;
    }

    @PostMapping("/{indicatorId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        IndicatorView indicator = inPlan(planId, indicatorId);
        try {
            indicators.delete(indicatorId, reason);
        } catch (DomainException refused) {
            pages.edit(planId, reason, model);
            model.addAttribute("indicator", indicator);
            model.addAttribute("heldBy", indicators.heldBy(indicatorId));
            model.addAttribute("refused", refused);
            return DELETE_VIEW;
        }
        Flash.success(redirect, "indicator.deleted", indicator.name());
        return "redirect:/plans/" + planId + "/indicators";
    }

    @GetMapping("/{indicatorId}/measurements/new")
    String newMeasurement(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @RequestParam(required = false) Long corrects,
            Model model) {
        PlanView plan = pages.read(planId, model);
        requireRecord(planId);
        IndicatorView indicator = inPlan(planId, indicatorId);
        MeasurementView corrected = corrects == null
                ? null
                : indicators.history(indicatorId).stream()
                        .filter(m -> m.id() == corrects)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("error.measurement.notFound", corrects));
        model.addAttribute(
                "form",
                corrected == null
                        ? MeasurementForm.empty(indicators.defaultYear(plan), null)
                        : new MeasurementForm(
                                corrected.year(),
                                corrected.periodFrom(),
                                corrected.periodTo(),
                                corrected.referenceDate(),
                                corrected.value(),
                                corrected.source(),
                                "",
                                corrected.id()));
        return measurementPage(plan, indicator, corrected, model);
    }

    @PostMapping("/{indicatorId}/measurements/new")
    String record(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @Valid @ModelAttribute("form") MeasurementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanView plan = pages.read(planId, model);
        requireRecord(planId);
        IndicatorView indicator = inPlan(planId, indicatorId);
        return Forms.submit(
                errors,
                () -> {
                    MeasurementView recorded = indicators.record(indicatorId, form);
                    Flash.success(
                            redirect,
                            recorded.corrects() == null ? "measurement.recorded" : "measurement.corrected",
                            indicator.name());
                    return "redirect:/plans/" + planId + "/indicators/" + indicatorId;
                },
                () -> {
                    MeasurementView corrected = form.corrects() == null
                            ? null
                            : indicators.history(indicatorId).stream()
                                    .filter(m -> m.id() == form.corrects())
                                    .findFirst()
                                    .orElse(null);
                    return measurementPage(plan, indicator, corrected, model);
                });
    }

    private String measurementPage(PlanView plan, IndicatorView indicator, MeasurementView corrected, Model model) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("corrected", corrected);
        model.addAttribute("years", plan.years());
        return MEASUREMENT_VIEW;
    }

    private void requireRecord(long planId) {
        if (!indicators.mayRecord(planId)) {
            throw new AccessDeniedException("No leave to record measurements of plan " + planId);
        }
    }

    private String formPage(long planId, IndicatorView indicator, String reason, Model model) {
        PlanView plan = pages.edit(planId, reason, model);
        model.addAttribute("indicator", indicator);
        model.addAttribute("outline", objectives.outline(planId));
        model.addAttribute("interventions", interventions.list(planId));
        model.addAttribute("years", plan.years());
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("directions", Direction.values());
        return FORM_VIEW;
    }

    /** The indicator, if it is of this plan: another plan's is not found here. */
    private IndicatorView inPlan(long planId, long indicatorId) {
        IndicatorView indicator = indicators.get(indicatorId);
        if (indicator.planId() != planId) {
            throw new NotFoundException("error.indicator.notFound", indicatorId);
        }
        return indicator;
    }
}

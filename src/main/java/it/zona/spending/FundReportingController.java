package it.zona.spending;

import it.zona.district.DistrictRegistry;
import it.zona.plan.PlanPages;
import it.zona.plan.PlanView;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's page of the plan's fund annualities, with their money and reporting deadlines, and
 * the form that records a deadline or a report. For the District's staff; editors see the forms.
 */
@Controller
class FundReportingController {

    static final String LIST_VIEW = "spending/funds";
    static final String FORM_VIEW = "spending/fund";

    private final FundReporting reporting;
    private final SpendingLedger ledger;
    private final PlanPages plans;
    private final DistrictRegistry districts;

    FundReportingController(
            FundReporting reporting, SpendingLedger ledger, PlanPages plans, DistrictRegistry districts) {
        this.reporting = reporting;
        this.ledger = ledger;
        this.plans = plans;
        this.districts = districts;
    }

    @GetMapping("/plans/{id}/funds")
    String list(@PathVariable long id, Model model) {
        var annualities = reporting.of(id);
        PlanView plan = read(id, model);
        model.addAttribute("annualities", annualities);
        model.addAttribute("record", ledger.canRecord(plan));
        return LIST_VIEW;
    }

    @GetMapping("/plans/{id}/funds/{sourceId}/{year}")
    String form(@PathVariable long id, @PathVariable long sourceId, @PathVariable int year, Model model) {
        FundAnnualityView annuality = reporting.one(id, sourceId, year);
        model.addAttribute("reporting", annuality.toForm());
        return formPage(annuality, model);
    }

    @PostMapping("/plans/{id}/funds/{sourceId}/{year}")
    String record(
            @PathVariable long id,
            @PathVariable long sourceId,
            @PathVariable int year,
            @Valid @ModelAttribute("reporting") FundAnnualityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    reporting.record(id, sourceId, year, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "fundAnnuality.saved");
                    return "redirect:/plans/" + id + "/funds";
                },
                () -> formPage(reporting.one(id, sourceId, year), model));
    }

    private String formPage(FundAnnualityView annuality, Model model) {
        PlanView plan = read(annuality.planId(), model);
        model.addAttribute("annuality", annuality);
        model.addAttribute("record", ledger.canRecord(plan));
        return FORM_VIEW;
    }

    private PlanView read(long planId, Model model) {
        PlanView plan = plans.read(planId, model);
        model.addAttribute("district", districts.view(plan.districtSlug()));
        return plan;
    }
}

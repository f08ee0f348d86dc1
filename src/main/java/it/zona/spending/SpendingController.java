package it.zona.spending;

import it.zona.district.DistrictRegistry;
import it.zona.organization.OrganizationRegistry;
import it.zona.plan.PlanPages;
import it.zona.plan.PlanView;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.Versions;
import it.zona.spending.SpendingLedger.Corrected;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's spending pages: the plan's spending line by line, each line's ledger with the forms
 * to commit money and vary the allowance, each commitment with its payments and de-commitments, and
 * the correction of any entry. For the District's staff; editors see the forms.
 */
@Controller
class SpendingController {

    static final String PLAN_VIEW = "spending/plan";
    static final String LINE_VIEW = "spending/line";
    static final String COMMITMENT_VIEW = "spending/commitment";
    static final String CORRECTION_VIEW = "spending/correction";
    static final int PAGE_SIZE = 25;

    private final SpendingLedger ledger;
    private final PlanPages plans;
    private final DistrictRegistry districts;
    private final OrganizationRegistry organizations;

    SpendingController(
            SpendingLedger ledger, PlanPages plans, DistrictRegistry districts, OrganizationRegistry organizations) {
        this.ledger = ledger;
        this.plans = plans;
        this.districts = districts;
        this.organizations = organizations;
    }

    @GetMapping("/plans/{id}/spending")
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        PlanSpending spending = ledger.plan(id, asOf);
        PlanView plan = read(id, model);
        model.addAttribute("spending", spending);
        model.addAttribute("year", year);
        model.addAttribute("asOf", asOf);
        model.addAttribute(
                "lines",
                spending.lines().stream()
                        .filter(l -> year == null || l.year() == year)
                        .toList());
        model.addAttribute("canImport", ledger.canRecord(plan));
        return PLAN_VIEW;
    }

    @GetMapping("/budget-lines/{id}/spending")
    String line(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("commitment", CommitmentForm.empty());
        model.addAttribute("variation", VariationForm.empty());
        model.addAttribute("code", ledger.accountingCode(id).toForm());
        return linePage(id, page, model);
    }

    @PostMapping("/budget-lines/{id}/commitments")
    String commit(
            @PathVariable long id,
            @Valid @ModelAttribute("commitment") CommitmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    CommitmentView created = ledger.commit(id, form);
                    Flash.success(redirect, "spending.commitment.created", created.actNumber());
                    return "redirect:/budget-lines/" + id + "/spending";
                },
                () -> {
                    model.addAttribute("variation", VariationForm.empty());
                    model.addAttribute("code", ledger.accountingCode(id).toForm());
                    return linePage(id, 0, model);
                });
    }

    @PostMapping("/budget-lines/{id}/variations")
    String vary(
            @PathVariable long id,
            @Valid @ModelAttribute("variation") VariationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    VariationView created = ledger.vary(id, form);
                    Flash.success(redirect, "spending.variation.created", created.actNumber());
                    return "redirect:/budget-lines/" + id + "/spending";
                },
                () -> {
                    model.addAttribute("commitment", CommitmentForm.empty());
                    model.addAttribute("code", ledger.accountingCode(id).toForm());
                    return linePage(id, 0, model);
                });
    }

    @PostMapping("/budget-lines/{id}/accounting-code")
    String setCode(
            @PathVariable long id,
            @Valid @ModelAttribute("code") AccountingCodeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    ledger.setAccountingCode(id, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "spending.code.saved");
                    return "redirect:/budget-lines/" + id + "/spending";
                },
                () -> {
                    model.addAttribute("commitment", CommitmentForm.empty());
                    model.addAttribute("variation", VariationForm.empty());
                    return linePage(id, 0, model);
                });
    }

    private String linePage(long id, int page, Model model) {
        LineSpending line = ledger.line(id);
        PlanView plan = read(line.line().planId(), model);
        model.addAttribute("spendingLine", line);
        model.addAttribute("commitments", ledger.commitments(id, page, PAGE_SIZE));
        model.addAttribute("variations", ledger.variations(id, 0, 100).items());
        boolean record = ledger.canRecord(plan);
        model.addAttribute("record", record);
        model.addAttribute("organizations", record ? organizations.all(plan.districtSlug()) : List.of());
        return LINE_VIEW;
    }

    @GetMapping("/commitments/{id}")
    String commitment(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("payment", PaymentForm.empty());
        model.addAttribute("decommitment", DecommitmentForm.empty());
        return commitmentPage(id, page, model);
    }

    @PostMapping("/commitments/{id}/payments")
    String pay(
            @PathVariable long id,
            @Valid @ModelAttribute("payment") PaymentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    ledger.pay(id, form);
                    Flash.success(redirect, "spending.payment.created");
                    return "redirect:/commitments/" + id;
                },
                () -> {
                    model.addAttribute("decommitment", DecommitmentForm.empty());
                    return commitmentPage(id, 0, model);
                });
    }

    @PostMapping("/commitments/{id}/decommitments")
    String decommit(
            @PathVariable long id,
            @Valid @ModelAttribute("decommitment") DecommitmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    ledger.decommit(id, form);
                    Flash.success(redirect, "spending.decommitment.created");
                    return "redirect:/commitments/" + id;
                },
                () -> {
                    model.addAttribute("payment", PaymentForm.empty());
                    return commitmentPage(id, 0, model);
                });
    }

    private String commitmentPage(long id, int page, Model model) {
        CommitmentView commitment = ledger.commitment(id);
        LineSpending line = ledger.line(commitment.budgetLineId());
        PlanView plan = read(line.line().planId(), model);
        model.addAttribute("spendingLine", line);
        model.addAttribute("entry", commitment);
        model.addAttribute("payments", ledger.payments(id, page, PAGE_SIZE));
        model.addAttribute("decommitments", ledger.decommitments(id, 0, 100).items());
        model.addAttribute("record", ledger.canRecord(plan));
        return COMMITMENT_VIEW;
    }

    @GetMapping("/spending-entries/{id}/correction")
    String correctionForm(@PathVariable long id, Model model) {
        model.addAttribute("correction", CorrectionForm.empty());
        return correctionPage(id, model);
    }

    @PostMapping("/spending-entries/{id}/correction")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("correction") CorrectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    Corrected corrected = ledger.correct(id, form);
                    Flash.success(redirect, "spending.correction.created");
                    return "redirect:" + corrected.page();
                },
                () -> correctionPage(id, model));
    }

    private String correctionPage(long id, Model model) {
        Corrected entry = ledger.correctable(id);
        LineSpending line = ledger.line(entry.budgetLineId());
        read(line.line().planId(), model);
        model.addAttribute("spendingLine", line);
        model.addAttribute("entry", entry);
        return CORRECTION_VIEW;
    }

    private PlanView read(long planId, Model model) {
        PlanView plan = plans.read(planId, model);
        model.addAttribute("district", districts.view(plan.districtSlug()));
        return plan;
    }
}

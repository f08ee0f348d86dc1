package it.zona.exports;

import it.zona.district.DistrictRegistry;
import it.zona.plan.PlanPages;
import it.zona.plan.PlanView;
import it.zona.shared.RuleViolationException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The office's pages of the exports: the list of exports with a year and the download links (files
 * served here, through the session, as the browser has no API token), and the mapping, which
 * viewers read and editors change.
 */
@Controller
class ExportsController {

    static final String EXPORTS_VIEW = "exports/exports";
    static final String MAPPING_VIEW = "exports/mapping";

    private final ExportMappingRegistry mappings;
    private final InformationSystemExports exports;
    private final PlanPages plans;
    private final DistrictRegistry districts;

    ExportsController(
            ExportMappingRegistry mappings,
            InformationSystemExports exports,
            PlanPages plans,
            DistrictRegistry districts) {
        this.mappings = mappings;
        this.exports = exports;
        this.plans = plans;
        this.districts = districts;
    }

    @GetMapping("/plans/{id}/exports")
    String exports(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        ExportMappingView mapping = exports.mapping(id);
        PlanView plan = read(id, model);
        model.addAttribute("mapping", mapping);
        model.addAttribute("year", year != null && plan.years().contains(year) ? year : null);
        model.addAttribute("kinds", List.of(ExportKind.values()));
        return EXPORTS_VIEW;
    }

    @GetMapping("/plans/{id}/exports/istat-matrix.csv")
    ResponseEntity<byte[]> istatMatrixCsv(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return download(id, ExportKind.ISTAT_MATRIX, year, FileFormat.CSV);
    }

    @GetMapping("/plans/{id}/exports/istat-matrix.xlsx")
    ResponseEntity<byte[]> istatMatrixXlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return download(id, ExportKind.ISTAT_MATRIX, year, FileFormat.XLSX);
    }

    @GetMapping("/plans/{id}/exports/funds.csv")
    ResponseEntity<byte[]> fundsCsv(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return download(id, ExportKind.FUNDS, year, FileFormat.CSV);
    }

    @GetMapping("/plans/{id}/exports/funds.xlsx")
    ResponseEntity<byte[]> fundsXlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return download(id, ExportKind.FUNDS, year, FileFormat.XLSX);
    }

    @GetMapping("/plans/{id}/exports/staffing.csv")
    ResponseEntity<byte[]> staffingCsv(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return download(id, ExportKind.STAFFING, year, FileFormat.CSV);
    }

    @GetMapping("/plans/{id}/exports/staffing.xlsx")
    ResponseEntity<byte[]> staffingXlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return download(id, ExportKind.STAFFING, year, FileFormat.XLSX);
    }

    /** The file; when it is refused (a line unmapped, a year not of the plan), back to the page, which says why. */
    private ResponseEntity<byte[]> download(long id, ExportKind kind, Integer year, FileFormat format) {
        try {
            return exports.download(id, kind, year, format).response();
        } catch (RuleViolationException refused) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/plans/" + id + "/exports"))
                    .build();
        }
    }

    @GetMapping("/plans/{id}/exports/mapping")
    String mapping(@PathVariable long id, Model model) {
        ExportMappingView view = mappings.view(id);
        model.addAttribute("form", view.toForm());
        return mappingPage(id, view, model);
    }

    @PostMapping("/plans/{id}/exports/mapping")
    String saveMapping(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ExportMappingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    ExportMappingView saved = mappings.save(id, form, Versions.ofForm(form.version()));
                    Flash.success(
                            redirect, saved.complete() ? "exports.mapping.savedComplete" : "exports.mapping.saved");
                    return "redirect:/plans/" + id + "/exports/mapping";
                },
                () -> mappingPage(id, mappings.view(id), model));
    }

    private String mappingPage(long id, ExportMappingView view, Model model) {
        read(id, model);
        model.addAttribute("view", view);
        model.addAttribute("canEdit", mappings.canEdit(id));
        ExportMappingForm form = (ExportMappingForm) model.getAttribute("form");
        model.addAttribute("chosen", chosen(form));
        model.addAttribute("surveyAreas", List.of(SurveyArea.values()));
        model.addAttribute("categories", List.of(NationalCategory.values()));
        model.addAttribute("spendingTypes", List.of(SpendingType.values()));
        return MAPPING_VIEW;
    }

    /**
     * What the form chose, by kind and line id ("area-5" → "ELDERLY"): a form sent back with a
     * wrong value shows the other choices as they were sent, whatever was wrong.
     */
    private static Map<String, String> chosen(ExportMappingForm form) {
        Map<String, String> chosen = new HashMap<>();
        if (form == null) {
            return chosen;
        }
        form.areasOrNone().stream()
                .filter(Objects::nonNull)
                .filter(c -> c.id() != null && c.surveyArea() != null)
                .forEach(c -> chosen.put("area-" + c.id(), c.surveyArea().name()));
        form.sourcesOrNone().stream()
                .filter(Objects::nonNull)
                .filter(c -> c.id() != null && c.category() != null)
                .forEach(c -> chosen.put("source-" + c.id(), c.category().name()));
        form.interventionsOrNone().stream()
                .filter(Objects::nonNull)
                .filter(c -> c.id() != null && c.spendingType() != null)
                .forEach(c ->
                        chosen.put("intervention-" + c.id(), c.spendingType().name()));
        return chosen;
    }

    private PlanView read(long planId, Model model) {
        PlanView plan = plans.read(planId, model);
        model.addAttribute("district", districts.view(plan.districtSlug()));
        return plan;
    }
}

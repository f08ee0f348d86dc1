package it.zona.spending.imports;

import it.zona.district.DistrictRegistry;
import it.zona.plan.PlanPages;
import it.zona.plan.PlanView;
import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import's pages, one step each, without JavaScript: upload the file, map its columns, read the
 * preview with every error by line, confirm. The mapping travels in the addresses and forms, so a
 * preview can be reloaded and a mapping corrected by going back.
 */
@Controller
class ImportController {

    static final String UPLOAD_VIEW = "spending/import-upload";
    static final String MAPPING_VIEW = "spending/import-mapping";
    static final String PREVIEW_VIEW = "spending/import-preview";

    private final SpendingImports imports;
    private final PlanPages plans;
    private final DistrictRegistry districts;

    ImportController(SpendingImports imports, PlanPages plans, DistrictRegistry districts) {
        this.imports = imports;
        this.plans = plans;
        this.districts = districts;
    }

    @GetMapping("/plans/{id}/spending/import")
    String uploadForm(@PathVariable long id, Model model) {
        imports.authorize(id);
        return uploadPage(id, null, model);
    }

    @PostMapping("/plans/{id}/spending/import")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            StagedImport staged = imports.upload(
                    id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            Flash.success(redirect, "spendingImport.uploaded", staged.fileName(), staged.rows());
            return "redirect:/spending-imports/" + staged.id();
        } catch (DomainException refused) {
            return uploadPage(id, refused, model);
        }
    }

    private String uploadPage(long id, DomainException refusal, Model model) {
        read(id, model);
        model.addAttribute("refusal", refusal);
        return UPLOAD_VIEW;
    }

    @GetMapping("/spending-imports/{importId}")
    String mapping(@PathVariable long importId, Model model) {
        StagedImport staged = imports.staged(importId);
        model.addAttribute("mapping", staged.guess());
        return mappingPage(staged, null, model);
    }

    @GetMapping("/spending-imports/{importId}/preview")
    String preview(@PathVariable long importId, @ModelAttribute("mapping") ImportMapping mapping, Model model) {
        StagedImport staged = imports.staged(importId);
        try {
            ImportReport report = imports.preview(importId, mapping);
            return previewPage(staged, report, model);
        } catch (DomainException refused) {
            return mappingPage(staged, refused, model);
        }
    }

    @PostMapping("/spending-imports/{importId}")
    String confirm(
            @PathVariable long importId,
            @ModelAttribute("mapping") ImportMapping mapping,
            Model model,
            RedirectAttributes redirect) {
        StagedImport staged = imports.staged(importId);
        try {
            ImportReport report = imports.run(importId, mapping);
            if (!report.imported()) {
                return previewPage(staged, report, model);
            }
            Flash.success(
                    redirect,
                    "spendingImport.done",
                    report.toImport(),
                    report.alreadyPresent().size());
            return "redirect:/plans/" + staged.planId() + "/spending";
        } catch (DomainException refused) {
            return mappingPage(staged, refused, model);
        }
    }

    private String mappingPage(StagedImport staged, DomainException refusal, Model model) {
        read(staged.planId(), model);
        model.addAttribute("staged", staged);
        model.addAttribute("fields", ImportMapping.FIELDS);
        model.addAttribute("styles", NumberStyle.values());
        model.addAttribute("refusal", refusal);
        return MAPPING_VIEW;
    }

    private String previewPage(StagedImport staged, ImportReport report, Model model) {
        read(staged.planId(), model);
        model.addAttribute("staged", staged);
        model.addAttribute("report", report);
        model.addAttribute("fields", ImportMapping.FIELDS);
        return PREVIEW_VIEW;
    }

    private PlanView read(long planId, Model model) {
        PlanView plan = plans.read(planId, model);
        model.addAttribute("district", districts.view(plan.districtSlug()));
        return plan;
    }
}

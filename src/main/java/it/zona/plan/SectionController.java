package it.zona.plan;

import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's chapters of text: read by whoever may read the plan, written by whoever may change it. */
@Controller
class SectionController {

    private final SectionRegistry sections;
    private final PlanPages pages;

    SectionController(SectionRegistry sections, PlanPages pages) {
        this.sections = sections;
        this.pages = pages;
    }

    @PublicPage
    @GetMapping("/plans/{id}/sections")
    String list(@PathVariable long id, Model model) {
        pages.read(id, model);
        model.addAttribute("sections", sections.list(id));
        return "plan/sections";
    }

    @GetMapping("/plans/{id}/sections/new")
    String createForm(@PathVariable long id, Model model) {
        model.addAttribute("form", SectionForm.empty());
        return formPage(id, null, "", model);
    }

    @PostMapping("/plans/{id}/sections/new")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SectionForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    SectionView created = sections.create(id, form, reason);
                    Flash.success(redirect, "section.created", created.title());
                    return "redirect:/plans/" + id + "/sections#section-" + created.id();
                },
                () -> formPage(id, null, reason, model));
    }

    @GetMapping("/plans/{id}/sections/{sectionId}/edit")
    String editForm(@PathVariable long id, @PathVariable long sectionId, Model model) {
        SectionView section = sections.get(id, sectionId);
        model.addAttribute("form", section.toForm());
        return formPage(id, section, "", model);
    }

    @PostMapping("/plans/{id}/sections/{sectionId}/edit")
    String update(
            @PathVariable long id,
            @PathVariable long sectionId,
            @Valid @ModelAttribute("form") SectionForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    SectionView updated =
                            sections.update(id, sectionId, form, form.version() == null ? -1 : form.version(), reason);
                    Flash.success(redirect, "section.updated", updated.title());
                    return "redirect:/plans/" + id + "/sections#section-" + sectionId;
                },
                () -> formPage(id, sections.get(id, sectionId), reason, model));
    }

    @GetMapping("/plans/{id}/sections/{sectionId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long sectionId, Model model) {
        return deletePage(id, sections.get(id, sectionId), "", null, model);
    }

    @PostMapping("/plans/{id}/sections/{sectionId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long sectionId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        SectionView section = sections.get(id, sectionId);
        try {
            sections.delete(id, sectionId, reason);
        } catch (DomainException refused) {
            return deletePage(id, section, reason, refused, model);
        }
        Flash.success(redirect, "section.deleted", section.title());
        return "redirect:/plans/" + id + "/sections";
    }

    private String formPage(long planId, SectionView section, String reason, Model model) {
        pages.edit(planId, reason, model);
        model.addAttribute("section", section);
        return "plan/section-form";
    }

    private String deletePage(long planId, SectionView section, String reason, DomainException refusal, Model model) {
        pages.edit(planId, reason, model);
        model.addAttribute("section", section);
        model.addAttribute("refusal", refusal);
        return "plan/section-delete";
    }
}

package it.zona.programme;

import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The needs of a plan, by area, each with the evidence that shows it. */
@Controller
@RequestMapping("/plans/{planId}/needs")
class NeedController {

    static final String LIST_VIEW = "programme/needs";
    static final String DETAIL_VIEW = "programme/need";
    static final String FORM_VIEW = "programme/need-form";

    private final NeedRegistry needs;
    private final AreaRegistry areas;
    private final ProgrammePages pages;
    private final ProgrammeTrace trace;

    NeedController(NeedRegistry needs, AreaRegistry areas, ProgrammePages pages, ProgrammeTrace trace) {
        this.needs = needs;
        this.areas = areas;
        this.pages = pages;
        this.trace = trace;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping
    String list(@PathVariable long planId, @RequestParam(required = false) Long area, Model model) {
        pages.read(planId, model);
        Map<PolicyAreaView, List<NeedView>> byArea = new LinkedHashMap<>();
        for (NeedView need : needs.list(planId, area)) {
            byArea.computeIfAbsent(need.area(), a -> new java.util.ArrayList<>())
                    .add(need);
        }
        model.addAttribute("byArea", byArea);
        model.addAttribute("areas", areas.areasInOrder(planId));
        model.addAttribute("area", area);
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/{needId}")
    String detail(@PathVariable long planId, @PathVariable long needId, Model model) {
        pages.read(planId, model);
        model.addAttribute("need", needs.get(planId, needId));
        model.addAttribute("answeredBy", needs.heldBy(planId, needId));
        model.addAttribute("origins", trace.needOrigins(needId));
        return DETAIL_VIEW;
    }

    @GetMapping("/new")
    String newNeed(@PathVariable long planId, @RequestParam(required = false) Long area, Model model) {
        model.addAttribute("form", NeedForm.empty(area));
        return formPage(planId, null, "", model);
    }

    @PostMapping("/new")
    String create(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") NeedForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    NeedView created = needs.create(planId, form, reason);
                    Flash.success(redirect, "need.created", created.title());
                    return "redirect:/plans/" + planId + "/needs/" + created.id();
                },
                () -> formPage(planId, null, reason, model));
    }

    @GetMapping("/{needId}/edit")
    String edit(@PathVariable long planId, @PathVariable long needId, Model model) {
        NeedView need = needs.get(planId, needId);
        model.addAttribute("form", need.toForm().withBlankRows());
        return formPage(planId, need, "", model);
    }

    @PostMapping("/{needId}/edit")
    String update(
            @PathVariable long planId,
            @PathVariable long needId,
            @Valid @ModelAttribute("form") NeedForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        NeedView need = needs.get(planId, needId);
        return Forms.submit(
                errors,
                () -> {
                    NeedView updated = needs.update(planId, needId, form, Versions.ofForm(form.version()), reason);
                    Flash.success(redirect, "need.updated", updated.title());
                    return "redirect:/plans/" + planId + "/needs/" + needId;
                },
                () -> formPage(planId, need, reason, model));
    }

    @GetMapping("/{needId}/delete")
    String confirmDelete(@PathVariable long planId, @PathVariable long needId, Model model) {
        pages.edit(planId, "", model);
        NeedView need = needs.get(planId, needId);
        return pages.delete(deletion(planId, need).heldBy(needs.heldBy(planId, needId), "error.need.inUse"), model);
    }

    @PostMapping("/{needId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long needId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        NeedView need = needs.get(planId, needId);
        try {
            needs.delete(planId, needId, reason);
        } catch (DomainException refused) {
            pages.edit(planId, reason, model);
            return pages.delete(deletion(planId, need).refused(refused), model);
        }
        Flash.success(redirect, "need.deleted", need.title());
        return "redirect:/plans/" + planId + "/needs";
    }

    private String formPage(long planId, NeedView need, String reason, Model model) {
        pages.edit(planId, reason, model);
        model.addAttribute("need", need);
        model.addAttribute("areas", areas.areasInOrder(planId));
        model.addAttribute("heardAts", HeardAt.values());
        model.addAttribute("priorities", Priority.values());
        return FORM_VIEW;
    }

    private static DeletePage deletion(long planId, NeedView need) {
        String section = "/plans/" + planId + "/needs";
        return DeletePage.of(
                need.title(), "needs", section, section + "/" + need.id(), section + "/" + need.id() + "/delete");
    }
}

package it.zona.sitting.minutes;

import it.zona.district.DistrictView;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.PublicPages;
import it.zona.shared.web.Versions;
import it.zona.sitting.SittingRegistry;
import it.zona.sitting.SittingView;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The minutes' pages: the minutes of a sitting (public once approved, with their PDF/A), and the
 * office's forms to draft them or change the notes of the draft, and to approve them.
 */
@Controller
class SittingMinutesController {

    static final String DETAIL_VIEW = "sitting/minutes";
    static final String FORM_VIEW = "sitting/minutes-form";
    static final String APPROVE_VIEW = "sitting/minutes-approve";

    private final SittingMinutesRegistry minutes;
    private final SittingRegistry sittings;

    SittingMinutesController(SittingMinutesRegistry minutes, SittingRegistry sittings) {
        this.minutes = minutes;
        this.sittings = sittings;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping("/sittings/{sittingId}/minutes")
    String detail(@PathVariable long sittingId, Model model) {
        SittingMinutesView found = minutes.get(sittingId);
        sittingPage(sittingId, model);
        model.addAttribute("minutes", found);
        return DETAIL_VIEW;
    }

    /** One form for both: the first draft, or the notes of the draft there is. */
    @GetMapping("/sittings/{sittingId}/minutes/edit")
    String edit(@PathVariable long sittingId, Model model) {
        minutes.editable(sittingId);
        Optional<SittingMinutesView> draft = minutes.find(sittingId);
        model.addAttribute(
                "form",
                draft.map(d -> new SittingMinutesForm(d.notes(), d.version()))
                        .orElse(new SittingMinutesForm("", null)));
        return formPage(sittingId, draft.orElse(null), model);
    }

    @PostMapping("/sittings/{sittingId}/minutes/edit")
    String save(
            @PathVariable long sittingId,
            @Valid @ModelAttribute("form") SittingMinutesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        minutes.editable(sittingId);
        Optional<SittingMinutesView> draft = minutes.find(sittingId);
        return Forms.submit(
                errors,
                () -> {
                    if (draft.isPresent()) {
                        minutes.annotate(sittingId, form, Versions.ofForm(form.version()));
                        Flash.success(redirect, "sittingMinutes.annotated");
                    } else {
                        minutes.draft(sittingId, form);
                        Flash.success(redirect, "sittingMinutes.drafted");
                    }
                    return "redirect:/sittings/" + sittingId + "/minutes";
                },
                () -> formPage(sittingId, draft.orElse(null), model));
    }

    @GetMapping("/sittings/{sittingId}/minutes/approve")
    String confirmApproval(@PathVariable long sittingId, Model model) {
        minutes.editable(sittingId);
        SittingMinutesView draft = minutes.get(sittingId);
        model.addAttribute("form", new MinutesApprovalForm(null, false, draft.version()));
        return approvePage(sittingId, draft, model);
    }

    @PostMapping("/sittings/{sittingId}/minutes/approve")
    String approve(
            @PathVariable long sittingId,
            @ModelAttribute("form") MinutesApprovalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        minutes.editable(sittingId);
        SittingMinutesView draft = minutes.get(sittingId);
        return Forms.submit(
                errors,
                () -> {
                    minutes.approve(sittingId, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "sittingMinutes.approved");
                    return "redirect:/sittings/" + sittingId + "/minutes";
                },
                () -> approvePage(sittingId, draft, model));
    }

    private String formPage(long sittingId, SittingMinutesView draft, Model model) {
        sittingPage(sittingId, model);
        model.addAttribute("minutes", draft);
        return FORM_VIEW;
    }

    private String approvePage(long sittingId, SittingMinutesView draft, Model model) {
        sittingPage(sittingId, model);
        model.addAttribute("minutes", draft);
        model.addAttribute("candidates", minutes.approvingSittings(sittingId));
        return APPROVE_VIEW;
    }

    private void sittingPage(long sittingId, Model model) {
        DistrictView district = sittings.districtOf(sittingId);
        PublicPages.about(district.id());
        SittingView sitting = sittings.get(sittingId);
        model.addAttribute("district", district);
        model.addAttribute("sitting", sitting);
    }
}

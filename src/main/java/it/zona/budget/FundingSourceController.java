package it.zona.budget;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The District's list of funding sources: public to read, kept by its admins. */
@Controller
class FundingSourceController {

    static final String LIST_VIEW = "budget/sources";
    static final String FORM_VIEW = "budget/source-form";
    static final String DELETE_VIEW = "budget/source-delete";

    private final FundingSourceRegistry sources;
    private final DistrictRegistry districts;
    private final Access access;

    FundingSourceController(FundingSourceRegistry sources, DistrictRegistry districts, Access access) {
        this.sources = sources;
        this.districts = districts;
        this.access = access;
    }

    @PublicPage
    @GetMapping("/districts/{slug}/funding-sources")
    String list(@PathVariable String slug, Model model) {
        DistrictView district = districts.view(slug);
        model.addAttribute("district", district);
        model.addAttribute("sources", sources.list(slug));
        model.addAttribute(
                "canAdmin",
                access.roleIn(district.id())
                        .map(r -> r.includes(DistrictRole.ADMIN))
                        .orElse(false));
        return LIST_VIEW;
    }

    @GetMapping("/districts/{slug}/funding-sources/new")
    String createForm(@PathVariable String slug, Model model) {
        districts.authorize(slug, DistrictRole.ADMIN);
        model.addAttribute("form", FundingSourceForm.empty());
        return formPage(slug, null, model);
    }

    @PostMapping("/districts/{slug}/funding-sources/new")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") FundingSourceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        districts.authorize(slug, DistrictRole.ADMIN);
        return Forms.submit(
                errors,
                () -> {
                    FundingSourceView created = sources.create(slug, form);
                    Flash.success(redirect, "fundingSource.created", created.name());
                    return "redirect:/districts/" + slug + "/funding-sources";
                },
                () -> formPage(slug, null, model));
    }

    @GetMapping("/districts/{slug}/funding-sources/{id}/edit")
    String editForm(@PathVariable String slug, @PathVariable long id, Model model) {
        districts.authorize(slug, DistrictRole.ADMIN);
        FundingSourceView source = sources.get(slug, id);
        model.addAttribute("form", source.toForm());
        return formPage(slug, source, model);
    }

    @PostMapping("/districts/{slug}/funding-sources/{id}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("form") FundingSourceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        districts.authorize(slug, DistrictRole.ADMIN);
        FundingSourceView source = sources.get(slug, id);
        return Forms.submit(
                errors,
                () -> {
                    FundingSourceForm sent = new FundingSourceForm(
                            form.name(), form.description(), Boolean.TRUE.equals(form.active()), form.version());
                    FundingSourceView updated =
                            sources.update(slug, id, sent, form.version() == null ? -1 : form.version());
                    Flash.success(redirect, "fundingSource.updated", updated.name());
                    return "redirect:/districts/" + slug + "/funding-sources";
                },
                () -> formPage(slug, source, model));
    }

    @GetMapping("/districts/{slug}/funding-sources/{id}/delete")
    String confirmDelete(@PathVariable String slug, @PathVariable long id, Model model) {
        districts.authorize(slug, DistrictRole.ADMIN);
        return deletePage(slug, sources.get(slug, id), sources.heldBy(slug, id), null, model);
    }

    @PostMapping("/districts/{slug}/funding-sources/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, Model model, RedirectAttributes redirect) {
        districts.authorize(slug, DistrictRole.ADMIN);
        FundingSourceView source = sources.get(slug, id);
        try {
            sources.delete(slug, id);
            Flash.success(redirect, "fundingSource.deleted", source.name());
            return "redirect:/districts/" + slug + "/funding-sources";
        } catch (DomainException refused) {
            return deletePage(slug, source, List.of(), refused, model);
        }
    }

    private String formPage(String slug, FundingSourceView source, Model model) {
        model.addAttribute("district", districts.view(slug));
        model.addAttribute("source", source);
        return FORM_VIEW;
    }

    private String deletePage(
            String slug, FundingSourceView source, List<String> holders, DomainException refusal, Model model) {
        model.addAttribute("district", districts.view(slug));
        model.addAttribute("source", source);
        model.addAttribute("holders", holders);
        model.addAttribute("refusal", refusal);
        return DELETE_VIEW;
    }
}

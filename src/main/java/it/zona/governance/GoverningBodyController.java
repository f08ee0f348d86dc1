package it.zona.governance;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.organization.PersonRegistry;
import it.zona.shared.NotFoundException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Governing bodies in a District's staff area; members are added and removed one at a time. */
@Controller
@RequestMapping("/districts/{slug}/governing-bodies")
class GoverningBodyController {

    static final String LIST_VIEW = "governance/list";
    static final String DETAIL_VIEW = "governance/detail";
    static final String FORM_VIEW = "governance/form";
    static final String DELETE_VIEW = "governance/delete";
    static final String REMOVE_MEMBER_VIEW = "governance/member-remove";

    private final GovernanceRegistry governance;
    private final PersonRegistry people;
    private final DistrictRegistry districts;

    GoverningBodyController(GovernanceRegistry governance, PersonRegistry people, DistrictRegistry districts) {
        this.governance = governance;
        this.people = people;
        this.districts = districts;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.VIEWER));
        model.addAttribute("bodies", governance.list(slug));
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("member", new GoverningBodyForm.MemberForm(null, MemberRole.MEMBER, null, null, null));
        return detailPage(slug, id, model);
    }

    @PostMapping("/{id}/members")
    String addMember(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("member") GoverningBodyForm.MemberForm member,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    governance.addMember(slug, id, member, version);
                    Flash.success(redirect, "governingBody.memberAdded");
                    return "redirect:/districts/" + slug + "/governing-bodies/" + id;
                },
                () -> detailPage(slug, id, model));
    }

    @GetMapping("/{id}/members/{index}/remove")
    String confirmRemoveMember(@PathVariable String slug, @PathVariable long id, @PathVariable int index, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.EDITOR));
        GoverningBodyView body = governance.get(slug, id);
        model.addAttribute("body", body);
        model.addAttribute(
                "member",
                body.members().stream()
                        .filter(m -> m.index() == index)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("error.member.noSuchSeat", index)));
        return REMOVE_MEMBER_VIEW;
    }

    @PostMapping("/{id}/members/{index}/remove")
    String removeMember(
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable int index,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> governance.removeMember(slug, id, index, version), "governingBody.memberRemoved");
        return "redirect:/districts/" + slug + "/governing-bodies/" + id;
    }

    @GetMapping("/new")
    String createForm(@PathVariable String slug, Model model) {
        model.addAttribute("form", GoverningBodyForm.empty());
        return formPage(districts.authorize(slug, DistrictRole.EDITOR), null, model);
    }

    @PostMapping("/new")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") GoverningBodyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    GoverningBodyView created = governance.create(slug, form);
                    Flash.success(redirect, "governingBody.created", created.name());
                    return "redirect:/districts/" + slug + "/governing-bodies/" + created.id();
                },
                () -> formPage(access, null, model));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String slug, @PathVariable long id, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        model.addAttribute("form", governance.get(slug, id).toForm());
        return formPage(access, id, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("form") GoverningBodyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    GoverningBodyView updated =
                            governance.update(slug, id, form, form.version() == null ? -1 : form.version());
                    Flash.success(redirect, "governingBody.updated", updated.name());
                    return "redirect:/districts/" + slug + "/governing-bodies/" + id;
                },
                () -> formPage(access, id, model));
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.EDITOR));
        model.addAttribute("body", governance.get(slug, id));
        return DELETE_VIEW;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        GoverningBodyView body = governance.get(slug, id);
        governance.delete(slug, id);
        Flash.success(redirect, "governingBody.deleted", body.name());
        return "redirect:/districts/" + slug + "/governing-bodies";
    }

    private String detailPage(String slug, long id, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.VIEWER);
        model.addAttribute("access", access);
        model.addAttribute("body", governance.get(slug, id));
        if (access.canEdit()) {
            model.addAttribute("people", people.all(slug));
            model.addAttribute("municipalities", districts.view(slug).municipalities());
            model.addAttribute("roles", MemberRole.values());
        }
        return DETAIL_VIEW;
    }

    private static String formPage(DistrictAccess access, Long id, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("id", id);
        model.addAttribute("types", GoverningBodyType.values());
        return FORM_VIEW;
    }
}

package it.zona.programme;

import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.List;
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

/** The areas of a plan, in their groups, and its target groups: list, create, edit, delete. */
@Controller
@RequestMapping("/plans/{planId}")
class AreaController {

    static final String LIST_VIEW = "programme/areas";
    static final String AREA_FORM_VIEW = "programme/area-form";
    static final String GROUP_FORM_VIEW = "programme/target-group-form";

    private final AreaRegistry areas;
    private final ProgrammePages pages;

    AreaController(AreaRegistry areas, ProgrammePages pages) {
        this.areas = areas;
        this.pages = pages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping("/areas")
    String list(@PathVariable long planId, Model model) {
        pages.read(planId, model);
        model.addAttribute("areas", areas.areas(planId));
        model.addAttribute("targetGroups", areas.targetGroups(planId));
        return LIST_VIEW;
    }

    @GetMapping("/areas/new")
    String newArea(@PathVariable long planId, Model model) {
        model.addAttribute("form", AreaForm.empty());
        return areaForm(planId, null, "", model);
    }

    @PostMapping("/areas/new")
    String createArea(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") AreaForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    PolicyAreaView created = areas.createArea(planId, form, reason);
                    Flash.success(redirect, "area.created", created.name());
                    return "redirect:/plans/" + planId + "/areas";
                },
                () -> areaForm(planId, null, reason, model));
    }

    @GetMapping("/areas/{areaId}/edit")
    String editArea(@PathVariable long planId, @PathVariable long areaId, Model model) {
        PolicyAreaView area = areas.area(planId, areaId);
        model.addAttribute("form", area.toForm());
        return areaForm(planId, area, "", model);
    }

    @PostMapping("/areas/{areaId}/edit")
    String updateArea(
            @PathVariable long planId,
            @PathVariable long areaId,
            @Valid @ModelAttribute("form") AreaForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        PolicyAreaView area = areas.area(planId, areaId);
        return Forms.submit(
                errors,
                () -> {
                    PolicyAreaView updated =
                            areas.updateArea(planId, areaId, form, Versions.ofForm(form.version()), reason);
                    Flash.success(redirect, "area.updated", updated.name());
                    return "redirect:/plans/" + planId + "/areas";
                },
                () -> areaForm(planId, area, reason, model));
    }

    @GetMapping("/areas/{areaId}/delete")
    String confirmDeleteArea(@PathVariable long planId, @PathVariable long areaId, Model model) {
        pages.edit(planId, "", model);
        PolicyAreaView area = areas.area(planId, areaId);
        return pages.delete(
                areaDeletion(planId, area).heldBy(areas.areaHeldBy(planId, areaId), "error.area.inUse"), model);
    }

    @PostMapping("/areas/{areaId}/delete")
    String deleteArea(
            @PathVariable long planId,
            @PathVariable long areaId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        PolicyAreaView area = areas.area(planId, areaId);
        try {
            areas.deleteArea(planId, areaId, reason);
        } catch (DomainException refused) {
            pages.edit(planId, reason, model);
            return pages.delete(areaDeletion(planId, area).refused(refused), model);
        }
        Flash.success(redirect, "area.deleted", area.name());
        return "redirect:/plans/" + planId + "/areas";
    }

    @GetMapping("/target-groups/new")
    String newGroup(@PathVariable long planId, Model model) {
        model.addAttribute("form", TargetGroupForm.empty());
        return groupForm(planId, null, "", model);
    }

    @PostMapping("/target-groups/new")
    String createGroup(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") TargetGroupForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    TargetGroupView created = areas.createTargetGroup(planId, form, reason);
                    Flash.success(redirect, "targetGroup.created", created.name());
                    return "redirect:/plans/" + planId + "/areas";
                },
                () -> groupForm(planId, null, reason, model));
    }

    @GetMapping("/target-groups/{groupId}/edit")
    String editGroup(@PathVariable long planId, @PathVariable long groupId, Model model) {
        TargetGroupView group = areas.targetGroup(planId, groupId);
        model.addAttribute("form", group.toForm());
        return groupForm(planId, group, "", model);
    }

    @PostMapping("/target-groups/{groupId}/edit")
    String updateGroup(
            @PathVariable long planId,
            @PathVariable long groupId,
            @Valid @ModelAttribute("form") TargetGroupForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        TargetGroupView group = areas.targetGroup(planId, groupId);
        return Forms.submit(
                errors,
                () -> {
                    TargetGroupView updated =
                            areas.updateTargetGroup(planId, groupId, form, Versions.ofForm(form.version()), reason);
                    Flash.success(redirect, "targetGroup.updated", updated.name());
                    return "redirect:/plans/" + planId + "/areas";
                },
                () -> groupForm(planId, group, reason, model));
    }

    @GetMapping("/target-groups/{groupId}/delete")
    String confirmDeleteGroup(@PathVariable long planId, @PathVariable long groupId, Model model) {
        pages.edit(planId, "", model);
        TargetGroupView group = areas.targetGroup(planId, groupId);
        return pages.delete(
                groupDeletion(planId, group)
                        .heldBy(areas.targetGroupHeldBy(planId, groupId), "error.targetGroup.inUse"),
                model);
    }

    @PostMapping("/target-groups/{groupId}/delete")
    String deleteGroup(
            @PathVariable long planId,
            @PathVariable long groupId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        TargetGroupView group = areas.targetGroup(planId, groupId);
        try {
            areas.deleteTargetGroup(planId, groupId, reason);
        } catch (DomainException refused) {
            pages.edit(planId, reason, model);
            return pages.delete(groupDeletion(planId, group).refused(refused), model);
        }
        Flash.success(redirect, "targetGroup.deleted", group.name());
        return "redirect:/plans/" + planId + "/areas";
    }

    private String areaForm(long planId, PolicyAreaView area, String reason, Model model) {
        pages.edit(planId, reason, model);
        model.addAttribute("area", area);
        // Areas group one level deep: only a top-level area other than this one can hold it.
        List<PolicyAreaView> groups = areas.areasInOrder(planId).stream()
                .filter(a -> a.parentId() == null && (area == null || a.id() != area.id()))
                .toList();
        model.addAttribute("groups", groups);
        return AREA_FORM_VIEW;
    }

    private String groupForm(long planId, TargetGroupView group, String reason, Model model) {
        pages.edit(planId, reason, model);
        model.addAttribute("group", group);
        return GROUP_FORM_VIEW;
    }

    private static DeletePage areaDeletion(long planId, PolicyAreaView area) {
        String areasPath = "/plans/" + planId + "/areas";
        return DeletePage.of(area.name(), "areas", areasPath, areasPath, areasPath + "/" + area.id() + "/delete");
    }

    private static DeletePage groupDeletion(long planId, TargetGroupView group) {
        String areasPath = "/plans/" + planId + "/areas";
        return DeletePage.of(
                group.name(),
                "areas",
                areasPath,
                areasPath,
                "/plans/" + planId + "/target-groups/" + group.id() + "/delete");
    }
}

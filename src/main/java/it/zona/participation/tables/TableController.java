package it.zona.participation.tables;

import it.zona.participation.space.ParticipationPages;
import it.zona.plan.PlanFacts;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The thematic tables of a plan, each table's public page, and the coordinator of them all. */
@Controller
class TableController {

    static final String LIST_VIEW = "participation/tables";
    static final String DETAIL_VIEW = "participation/table";
    static final String FORM_VIEW = "participation/table-form";
    static final String DELETE_VIEW = "participation/table-delete";
    static final String COORDINATOR_VIEW = "participation/coordinator-form";

    private final TableRegistry tables;
    private final TableMembership membership;
    private final List<TablePageSection> sections;
    private final ParticipationPages pages;

    TableController(
            TableRegistry tables,
            TableMembership membership,
            List<TablePageSection> sections,
            ParticipationPages pages) {
        this.tables = tables;
        this.membership = membership;
        this.sections = List.copyOf(sections);
        this.pages = pages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping("/plans/{planId}/tables")
    String list(@PathVariable long planId, Model model) {
        pages.read(planId, model);
        model.addAttribute("tables", tables.list(planId));
        model.addAttribute("coordinator", tables.coordinator(planId).orElse(null));
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/tables/{tableId}")
    String detail(@PathVariable long tableId, Model model) {
        TableView table = tables.get(tableId);
        PlanFacts plan = pages.read(table.planId(), model);
        model.addAttribute("table", table);
        model.addAttribute("members", membership.members(tableId));
        model.addAttribute("coordinator", tables.coordinator(table.planId()).orElse(null));
        sections.forEach(section -> section.addTo(table, plan, model));
        return DETAIL_VIEW;
    }

    @GetMapping("/plans/{planId}/tables/new")
    String newTable(@PathVariable long planId, Model model) {
        model.addAttribute("form", TableForm.empty());
        return formPage(planId, null, model);
    }

    @PostMapping("/plans/{planId}/tables/new")
    String create(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") TableForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    TableView created = tables.create(planId, form);
                    Flash.success(redirect, "table.created", TableNames.referenceTo(created.name()));
                    return "redirect:/tables/" + created.id();
                },
                () -> formPage(planId, null, model));
    }

    @GetMapping("/tables/{tableId}/edit")
    String edit(@PathVariable long tableId, Model model) {
        TableView table = tables.get(tableId);
        model.addAttribute("form", table.toForm());
        return formPage(table.planId(), table, model);
    }

    @PostMapping("/tables/{tableId}/edit")
    String update(
            @PathVariable long tableId,
            @Valid @ModelAttribute("form") TableForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TableView table = tables.get(tableId);
        return Forms.submit(
                errors,
                () -> {
                    TableView updated = tables.update(tableId, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "table.updated", TableNames.referenceTo(updated.name()));
                    return "redirect:/tables/" + tableId;
                },
                () -> formPage(table.planId(), table, model));
    }

    @GetMapping("/tables/{tableId}/delete")
    String confirmDelete(@PathVariable long tableId, Model model) {
        TableView table = tables.get(tableId);
        pages.manage(table.planId(), model);
        model.addAttribute("table", table);
        model.addAttribute("heldBy", tables.heldBy(tableId));
        return DELETE_VIEW;
    }

    @PostMapping("/tables/{tableId}/delete")
    String delete(@PathVariable long tableId, Model model, RedirectAttributes redirect) {
        TableView table = tables.get(tableId);
        try {
            tables.delete(tableId);
        } catch (DomainException refused) {
            return confirmDelete(tableId, model);
        }
        Flash.success(redirect, "table.deleted", TableNames.referenceTo(table.name()));
        return "redirect:/plans/" + table.planId() + "/tables";
    }

    @GetMapping("/plans/{planId}/tables/coordinator")
    String coordinator(@PathVariable long planId, Model model) {
        Long current = tables.coordinator(planId).map(c -> c.id()).orElse(null);
        model.addAttribute("form", new CoordinatorForm(current, tables.coordinatorVersion(planId)));
        return coordinatorPage(planId, model);
    }

    @PostMapping("/plans/{planId}/tables/coordinator")
    String appoint(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") CoordinatorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    Flash.success(
                            redirect,
                            "coordinator.appointed",
                            tables.appointCoordinator(planId, form).name());
                    return "redirect:/plans/" + planId + "/tables";
                },
                () -> coordinatorPage(planId, model));
    }

    private String formPage(long planId, TableView table, Model model) {
        PlanFacts plan = pages.manage(planId, model);
        model.addAttribute("table", table);
        model.addAttribute("kinds", TableKind.values());
        model.addAttribute("areas", tables.areas(planId));
        model.addAttribute("liaisons", pages.municipalPeople(plan));
        return FORM_VIEW;
    }

    private String coordinatorPage(long planId, Model model) {
        PlanFacts plan = pages.manage(planId, model);
        model.addAttribute("people", pages.people(plan));
        return COORDINATOR_VIEW;
    }
}

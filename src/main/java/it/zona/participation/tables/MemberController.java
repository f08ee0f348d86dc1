package it.zona.participation.tables;

import it.zona.participation.space.ParticipationPages;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisations at a table: seating one, naming a new representative, leaving, and the history. */
@Controller
@RequestMapping("/tables/{tableId}/members")
class MemberController {

    static final String FORM_VIEW = "participation/member-form";
    static final String WITHDRAW_VIEW = "participation/member-withdraw";
    static final String HISTORY_VIEW = "participation/member-history";

    private final TableRegistry tables;
    private final TableMembership membership;
    private final ParticipationPages pages;

    MemberController(TableRegistry tables, TableMembership membership, ParticipationPages pages) {
        this.tables = tables;
        this.membership = membership;
        this.pages = pages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/history")
    String history(@PathVariable long tableId, Model model) {
        TableView table = tables.get(tableId);
        pages.read(table.planId(), model);
        model.addAttribute("table", table);
        model.addAttribute("history", membership.history(tableId));
        return HISTORY_VIEW;
    }

    @GetMapping("/new")
    String newMember(@PathVariable long tableId, Model model) {
        model.addAttribute("form", MemberForm.empty());
        return formPage(tableId, null, model);
    }

    @PostMapping("/new")
    String add(
            @PathVariable long tableId,
            @Valid @ModelAttribute("form") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    TableMemberView seated = membership.add(tableId, form);
                    Flash.success(
                            redirect, "member.added", seated.organization().name());
                    return "redirect:/tables/" + tableId;
                },
                () -> formPage(tableId, null, model));
    }

    @GetMapping("/{memberId}/replace")
    String editReplace(@PathVariable long tableId, @PathVariable long memberId, Model model) {
        TableMemberView member = membership.get(tableId, memberId);
        model.addAttribute("form", member.toForm());
        return formPage(tableId, member, model);
    }

    @PostMapping("/{memberId}/replace")
    String replace(
            @PathVariable long tableId,
            @PathVariable long memberId,
            @Valid @ModelAttribute("form") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TableMemberView member = membership.get(tableId, memberId);
        return Forms.submit(
                errors,
                () -> {
                    membership.replace(tableId, memberId, form, Versions.ofForm(form.version()));
                    Flash.success(
                            redirect, "member.replaced", member.organization().name());
                    return "redirect:/tables/" + tableId;
                },
                () -> formPage(tableId, member, model));
    }

    @GetMapping("/{memberId}/withdraw")
    String confirmWithdraw(@PathVariable long tableId, @PathVariable long memberId, Model model) {
        TableView table = tables.get(tableId);
        pages.manage(table.planId(), model);
        model.addAttribute("table", table);
        model.addAttribute("member", membership.get(tableId, memberId));
        return WITHDRAW_VIEW;
    }

    @PostMapping("/{memberId}/withdraw")
    String withdraw(@PathVariable long tableId, @PathVariable long memberId, RedirectAttributes redirect) {
        TableMemberView member = membership.get(tableId, memberId);
        Flash.attempt(
                redirect,
                () -> membership.withdraw(tableId, memberId),
                "member.withdrawn",
                member.organization().name());
        return "redirect:/tables/" + tableId;
    }

    private String formPage(long tableId, TableMemberView member, Model model) {
        TableView table = tables.get(tableId);
        model.addAttribute("table", table);
        model.addAttribute("member", member);
        model.addAttribute("organizations", pages.organizations(pages.manage(table.planId(), model)));
        return FORM_VIEW;
    }
}

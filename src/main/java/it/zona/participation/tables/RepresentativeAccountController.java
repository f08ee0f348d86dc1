package it.zona.participation.tables;

import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.space.ParticipationPages;
import it.zona.participation.tables.RepresentativeEnrolment.Holder;
import it.zona.plan.PlanFacts;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A District admin opens an account for a seat's representative or substitute. */
@Controller
@RequestMapping("/tables/{tableId}/members/{memberId}/account")
class RepresentativeAccountController {

    static final String VIEW = "participation/member-account";

    private final TableRegistry tables;
    private final TableMembership membership;
    private final RepresentativeEnrolment accounts;
    private final ParticipationPages pages;
    private final ParticipationAccess access;

    RepresentativeAccountController(
            TableRegistry tables,
            TableMembership membership,
            RepresentativeEnrolment accounts,
            ParticipationPages pages,
            ParticipationAccess access) {
        this.tables = tables;
        this.membership = membership;
        this.accounts = accounts;
        this.pages = pages;
        this.access = access;
    }

    @GetMapping
    String form(@PathVariable long tableId, @PathVariable long memberId, Model model) {
        TableMemberView member = membership.get(tableId, memberId);
        Holder holder = accounts.hasAccount(member.representative())
                        && member.substitute() != null
                        && member.substitute().email() != null
                ? Holder.SUBSTITUTE
                : Holder.REPRESENTATIVE;
        Representative person = holder == Holder.SUBSTITUTE ? member.substitute() : member.representative();
        model.addAttribute(
                "form",
                new RepresentativeAccountForm(holder, RepresentativeEnrolment.suggestedUsername(person.email())));
        return page(tableId, member, model);
    }

    @PostMapping
    String open(
            @PathVariable long tableId,
            @PathVariable long memberId,
            @Valid @ModelAttribute("form") RepresentativeAccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TableMemberView member = membership.get(tableId, memberId);
        return Forms.submit(
                errors,
                () -> {
                    RepresentativeEnrolment.Opened opened =
                            accounts.open(tableId, memberId, form.holder(), form.username());
                    Flash.success(redirect, "representativeAccount.opened", opened.username(), opened.email());
                    return "redirect:/tables/" + tableId;
                },
                () -> page(tableId, member, model));
    }

    private String page(long tableId, TableMemberView member, Model model) {
        TableView table = tables.get(tableId);
        PlanFacts plan = pages.manage(table.planId(), model);
        access.requireAdmin(plan.districtId());
        model.addAttribute("table", table);
        model.addAttribute("member", member);
        boolean representativeHasAccount = accounts.hasAccount(member.representative());
        boolean substituteHasAccount = accounts.hasAccount(member.substitute());
        model.addAttribute("representativeHasAccount", representativeHasAccount);
        model.addAttribute("substituteHasAccount", substituteHasAccount);
        // No address to send a password to, or accounts already there: nothing for the form to do.
        model.addAttribute(
                "eligible",
                member.active()
                        && (canOpen(member.representative(), representativeHasAccount)
                                || canOpen(member.substitute(), substituteHasAccount)));
        return VIEW;
    }

    private static boolean canOpen(Representative person, boolean hasAccount) {
        return person != null && person.email() != null && !hasAccount;
    }
}

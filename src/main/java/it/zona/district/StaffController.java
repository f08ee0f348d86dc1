package it.zona.district;

import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.identity.StaffInvitationRegistry;
import it.zona.shared.NotFoundException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/**
 * The District's staff and their roles, managed by its admins. A person not yet on the staff is
 * invited ({@link StaffEnrolment}): the page then shows the invitation as the admin typed it.
 */
@Controller
@RequestMapping("/districts/{slug}/staff")
class StaffController {

    static final String VIEW = "district/staff";
    static final String CONFIRM_REMOVE_VIEW = "district/staff-remove";
    static final String CONFIRM_WITHDRAW_VIEW = "district/invitation-withdraw";

    private final DistrictRegistry districts;
    private final AccountRegistry accounts;
    private final StaffInvitationRegistry invitations;
    private final StaffEnrolment enrolment;

    StaffController(
            DistrictRegistry districts,
            AccountRegistry accounts,
            StaffInvitationRegistry invitations,
            StaffEnrolment enrolment) {
        this.districts = districts;
        this.accounts = accounts;
        this.invitations = invitations;
        this.enrolment = enrolment;
    }

    record StaffForm(
            @NotBlank @Size(max = 60) String username,
            @Size(max = 200) String displayName,
            @Email @Size(max = 254) String email,
            @NotNull DistrictRole role) {}

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        model.addAttribute("form", new StaffForm("", "", "", DistrictRole.VIEWER));
        return page(slug, model);
    }

    @PostMapping
    String add(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        return Forms.submit(
                errors,
                () -> {
                    StaffEnrolment.Outcome outcome = enrolment.add(
                            access,
                            new AccountRegistry.NewAccount(form.username(), form.displayName(), form.email()),
                            form.role());
                    if (outcome.member() != null) {
                        Flash.success(
                                redirect, "staff.roleGranted", outcome.member().username());
                    } else {
                        // The same answer whether the username exists or not.
                        Flash.success(
                                redirect, "staff.invited", outcome.invitation().username());
                    }
                    return "redirect:/districts/" + slug + "/staff";
                },
                () -> page(slug, model));
    }

    @PostMapping("/{username}/role")
    String changeRole(
            @PathVariable String slug,
            @PathVariable String username,
            @RequestParam DistrictRole role,
            RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        Flash.attempt(redirect, () -> accounts.changeRole(access.id(), username, role), "staff.roleGranted", username);
        return "redirect:/districts/" + slug + "/staff";
    }

    @GetMapping("/{username}/remove")
    String confirmRemove(@PathVariable String slug, @PathVariable String username, Model model) {
        model.addAttribute("access", districts.authorize(slug, DistrictRole.ADMIN));
        model.addAttribute("username", username);
        return CONFIRM_REMOVE_VIEW;
    }

    @PostMapping("/{username}/remove")
    String remove(@PathVariable String slug, @PathVariable String username, RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        Flash.attempt(redirect, () -> accounts.revoke(access.id(), username), "staff.removed", username);
        return "redirect:/districts/" + slug + "/staff";
    }

    @GetMapping("/invitations/{id}/withdraw")
    String confirmWithdraw(@PathVariable String slug, @PathVariable long id, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        StaffInvitationRegistry.Invitation invitation = invitations.pending(access.id()).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.invitation.notFound"));
        model.addAttribute("access", access);
        model.addAttribute("invitation", invitation);
        return CONFIRM_WITHDRAW_VIEW;
    }

    @PostMapping("/invitations/{id}/withdraw")
    String withdraw(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        Flash.attempt(redirect, () -> invitations.withdraw(access.id(), id), "staff.invitationWithdrawn");
        return "redirect:/districts/" + slug + "/staff";
    }

    private String page(String slug, Model model) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        model.addAttribute("access", access);
        model.addAttribute("members", accounts.members(access.id()));
        model.addAttribute("invitations", invitations.pending(access.id()));
        model.addAttribute("roles", DistrictRole.values());
        return VIEW;
    }
}

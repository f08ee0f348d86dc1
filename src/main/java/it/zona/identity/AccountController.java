package it.zona.identity;

import it.zona.shared.RuleViolationException;
import it.zona.shared.web.Flash;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own password. */
@Controller
class AccountController {

    static final String PASSWORD_PATH = "/account/password";
    static final String VIEW = "identity/password";

    private final AccountRegistry accounts;

    AccountController(AccountRegistry accounts) {
        this.accounts = accounts;
    }

    record PasswordForm(
            @NotBlank String currentPassword,
            @NotBlank String newPassword,
            @NotBlank String confirmation) {}

    @GetMapping(PASSWORD_PATH)
    String passwordForm(HttpSession session, Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("required", session.getAttribute(LoginHandlers.PASSWORD_CHANGE_REQUIRED) != null);
        return VIEW;
    }

    @PostMapping(PASSWORD_PATH)
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("required", session.getAttribute(LoginHandlers.PASSWORD_CHANGE_REQUIRED) != null);
        if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "validation.password.mismatch");
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.changeOwnPassword(form.currentPassword(), form.newPassword());
        } catch (RuleViolationException refused) {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            return VIEW;
        }
        session.removeAttribute(LoginHandlers.PASSWORD_CHANGE_REQUIRED);
        Flash.success(redirect, "account.password.changed");
        return "redirect:/dashboard";
    }
}

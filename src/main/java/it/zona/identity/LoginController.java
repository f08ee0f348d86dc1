package it.zona.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class LoginController {

    static final String VIEW = "identity/login";

    @GetMapping("/login")
    String loginForm(HttpSession session, Model model) {
        Object typed = session.getAttribute(LoginHandlers.TYPED_USERNAME);
        session.removeAttribute(LoginHandlers.TYPED_USERNAME);
        model.addAttribute("username", typed == null ? "" : typed);
        return VIEW;
    }
}

package it.zona.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: to the page that was asked for, or the staff dashboard; first to the password page
 * if the account still has a temporary password. After a failure: back to the form with the
 * username kept, and a message saying whether the name is locked.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String TYPED_USERNAME = "zona.login.username";
    static final String PASSWORD_CHANGE_REQUIRED = "zona.passwordChangeRequired";

    private final Accounts accounts;
    private final SavedRequestAwareAuthenticationSuccessHandler toRequestedPage =
            new SavedRequestAwareAuthenticationSuccessHandler();

    LoginHandlers(Accounts accounts) {
        this.accounts = accounts;
        toRequestedPage.setDefaultTargetUrl("/dashboard");
        toRequestedPage.setRedirectStrategy(new RelativeRedirects());
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        HttpSession session = request.getSession();
        session.removeAttribute(TYPED_USERNAME);
        boolean mustChange = accounts.findByUsername(authentication.getName())
                .map(Account::isPasswordChangeRequired)
                .orElse(false);
        if (mustChange) {
            session.setAttribute(PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + AccountController.PASSWORD_PATH);
            return;
        }
        toRequestedPage.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        request.getSession().setAttribute(TYPED_USERNAME, request.getParameter("username"));
        String reason = e instanceof LockedException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}

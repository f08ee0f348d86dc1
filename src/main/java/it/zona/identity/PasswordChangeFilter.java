package it.zona.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user with a temporary password on the password page until they have changed it. Not a
 * bean: it belongs to the web security chain only, not to every request.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(LoginHandlers.PASSWORD_CHANGE_REQUIRED) != null
                && !isAllowed(request)) {
            response.sendRedirect(request.getContextPath() + AccountController.PASSWORD_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(AccountController.PASSWORD_PATH)
                || path.equals("/logout")
                || path.equals("/error")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/");
    }
}

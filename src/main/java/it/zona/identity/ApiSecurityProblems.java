package it.zona.identity;

import it.zona.shared.web.ProblemWriter;
import it.zona.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** 401 and 403 of the API as problem details, before any controller runs. */
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final ProblemWriter writer;
    private final LocaleResolver locales;

    ApiSecurityProblems(Problems problems, ProblemWriter writer, LocaleResolver locales) {
        this.problems = problems;
        this.writer = writer;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        String key = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? "error.unauthenticated" : "error.badToken";
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", key);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind, String key)
            throws IOException {
        // Written before Spring MVC runs: the request's language is resolved here.
        writer.write(request, response, problems.of(locales.resolveLocale(request), status, kind, key));
    }
}

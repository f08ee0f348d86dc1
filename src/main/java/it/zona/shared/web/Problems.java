package it.zona.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details whose title and detail are in the request's language. The
 * {@code type} is a URN naming the kind of problem; clients branch on it, people read the detail.
 */
@Component
public class Problems {

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatus status, String kind, String detailKey, Object... arguments) {
        return of(LocaleContextHolder.getLocale(), status, kind, detailKey, arguments);
    }

    /** For answers written outside Spring MVC (security filters), where the locale is resolved by hand. */
    public ProblemDetail of(Locale locale, HttpStatus status, String kind, String detailKey, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:zona:problem:" + kind));
        problem.setTitle(message("problem.title." + kind, null, "problem.title.generic", locale));
        problem.setDetail(message(detailKey, arguments, "error.http.generic", locale));
        return problem;
    }

    /** A status without its own words (a rare container error) gets generic ones, never a raw key. */
    private String message(String key, Object[] arguments, String fallbackKey, Locale locale) {
        String text = messages.getMessage(key, arguments, null, locale);
        return text != null ? text : messages.getMessage(fallbackKey, null, locale);
    }

    public ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** One offending input: {@code field} is the JSON property path (e.g. {@code hours[1].opensAt}). */
    public record FieldProblem(String field, String message) {}
}

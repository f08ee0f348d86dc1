package it.zona.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page with one query parameter changed: another page of a list
 * ({@code ${@pageLinks.to(2)}} in templates) or the other language (the layout's switch, a model
 * attribute because Thymeleaf does not let a link call a bean).
 */
@Component("pageLinks")
@ControllerAdvice
class PageLinks {

    public String to(int page) {
        return current().replaceQueryParam("page", page).build().toUriString();
    }

    /** This page in Italian and in English, for the layout's language switch. */
    @ModelAttribute("languageLinks")
    public Map<String, String> languageLinks() {
        return Map.of(
                "it", current().replaceQueryParam("lang", "it").build().toUriString(),
                "en", current().replaceQueryParam("lang", "en").build().toUriString());
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        // An error page is rendered at /error: its links point to the page that failed.
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failedPath != null) {
            return UriComponentsBuilder.fromPath(failedPath.toString());
        }
        // Path and query only: the links stay relative to whatever host and scheme served the page.
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}

package it.zona.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Whether a request is for the JSON API, also while its error is being rendered at /error. */
final class ApiRequests {

    private ApiRequests() {}

    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed != null ? failed.toString() : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }
}

package it.zona.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Whether a request is for the JSON API, also while its error is being rendered at /error. */
final class ApiRequests {

    private ApiRequests() {}

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith(request.getContextPath() + "/api/");
    }

    /** The path the client asked for (not /error, when an error is being rendered). */
    static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed != null ? failed.toString() : request.getRequestURI();
    }
}

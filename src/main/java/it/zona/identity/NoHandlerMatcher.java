package it.zona.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request that no controller answers at any method: an unknown address. Such a request
 * may pass the security filters, so that everyone, signed in or not, gets the same 404 instead of
 * the login page for an address that does not exist. It opens nothing: an address a controller
 * answers never matches, and the dispatcher then finds no controller either (static files are
 * under their own public paths). A wrong method on a known address counts as known.
 */
final class NoHandlerMatcher implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> controllers;

    NoHandlerMatcher(ObjectProvider<RequestMappingHandlerMapping> controllers) {
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        Object parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain chain = controllers.getObject().getHandler(request);
            return chain == null;
        } catch (Exception knownAddressOtherwiseRefused) {
            // A wrong method or media type: the address exists, so the usual rules apply.
            return false;
        } finally {
            if (parsedPath == null) {
                request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedPath);
            }
        }
    }
}

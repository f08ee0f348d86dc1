package it.zona.shared.web;

import it.zona.shared.DomainException;
import it.zona.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals that a page controller did not turn into a form error are shown on the error page, in
 * the user's language. Access refusals are left to Spring Security (login or the 403 page).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    static final String ERROR_VIEW = "error";

    private final PageLinks links;

    PageExceptionHandler(PageLinks links) {
        this.links = links;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return errorPage(HttpStatus.NOT_FOUND, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e) {
        return errorPage(HttpStatus.CONFLICT, e.messageKey(), e.arguments());
    }

    /** A wrong id in the address names no page (404); a wrong filter value is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badAddress(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return errorPage(HttpStatus.NOT_FOUND, "error.page.notFound");
        }
        return errorPage(HttpStatus.BAD_REQUEST, "error.badParameter", e.getName(), String.valueOf(e.getValue()));
    }

    /** A header the security firewall refuses when it is read: a malformed request (400). */
    @ExceptionHandler(RequestRejectedException.class)
    ModelAndView rejected(RequestRejectedException e) {
        return errorPage(HttpStatus.BAD_REQUEST, "errorPage.400");
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ModelAndView conflict(RuntimeException e) {
        return errorPage(HttpStatus.CONFLICT, "error.concurrentUpdate");
    }

    /** Exception handlers get no model attributes from the advice: the layout's links are added here. */
    private ModelAndView errorPage(HttpStatus status, String messageKey, Object... arguments) {
        ModelAndView page = new ModelAndView(ERROR_VIEW, status);
        page.addObject("languageLinks", links.languageLinks());
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("messageArguments", arguments);
        return page;
    }
}

package it.zona.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of API requests raised before any controller was chosen (an unknown address, a method the
 * address does not take) never reach the {@code @RestControllerAdvice}, which serves controllers
 * only. This resolver gives them to it all the same, so they too are answered as problem details.
 */
@Component
class ApiErrorResolver implements HandlerExceptionResolver, Ordered {

    private final ApiExceptionHandler handler;
    private final ProblemWriter writer;

    ApiErrorResolver(ApiExceptionHandler handler, ProblemWriter writer) {
        this.handler = handler;
        this.writer = writer;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object chosen, Exception e) {
        if (!ApiRequests.isApi(request) || chosen instanceof HandlerMethod) {
            return null;
        }
        ResponseEntity<Object> answer;
        try {
            answer = handler.handleException(e, new ServletWebRequest(request, response));
        } catch (Exception notAFrameworkError) {
            // handleException rethrows what is not one of Spring MVC's own exceptions: the other
            // resolvers and /error deal with it.
            return null;
        }
        if (answer == null || !(answer.getBody() instanceof ProblemDetail problem)) {
            return null;
        }
        try {
            writer.write(request, response, problem, answer.getHeaders());
        } catch (IOException clientGone) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

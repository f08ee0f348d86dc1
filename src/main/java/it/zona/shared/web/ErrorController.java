package it.zona.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container shows for errors no controller handled: unknown addresses, methods
 * a path does not take, uploads over the limit. API requests get a problem detail like every other
 * API error, pages get the error page; neither ever shows a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorController extends AbstractErrorController {

    private final Problems problems;
    private final ProblemWriter writer;

    ErrorController(ErrorAttributes errorAttributes, Problems problems, ProblemWriter writer) {
        super(errorAttributes);
        this.problems = problems;
        this.writer = writer;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = getStatus(request);
        if (ApiRequests.isApi(request)) {
            writer.write(
                    request, response, problems.of(status, "http-" + status.value(), "error.http." + status.value()));
            return null;
        }
        return new ModelAndView(PageExceptionHandler.ERROR_VIEW, Map.of("status", status.value()), status);
    }
}

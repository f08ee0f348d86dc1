package it.zona.shared.web;

import it.zona.shared.PageView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The paging parameters of every API list that answers a {@link PageView}: {@code page} counts
 * from 0 and {@code size} goes from 1 to {@link PageView#MAX_SIZE}. Anything else is a 400 naming
 * the parameter, checked here once rather than clamped quietly by each list.
 */
@Component
class Paging implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && PageView.class.isAssignableFrom(method.getMethod().getReturnType())) {
            check(request, "page", 0, Integer.MAX_VALUE);
            check(request, "size", 1, PageView.MAX_SIZE);
        }
        return true;
    }

    private static void check(HttpServletRequest request, String name, int min, int max) {
        String value = request.getParameter(name);
        if (value == null) {
            return;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return;
            }
        } catch (NumberFormatException e) {
            // Refused below, as a value out of range is.
        }
        throw new BadPagingException(name, value, max);
    }

    /** 400: a page before the first or a size out of range. */
    static final class BadPagingException extends RuntimeException {

        final String name;
        final String value;
        final int max;

        BadPagingException(String name, String value, int max) {
            super(null, null, false, false);
            this.name = name;
            this.value = value;
            this.max = max;
        }
    }
}

package it.zona.pagecache;

import it.zona.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Tells the {@link PageCache} that the handler about to run builds a {@link PublicPage}. */
class PublicPageMark implements HandlerInterceptor {

    private final PageCache cache;

    PublicPageMark(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(PublicPage.class)) {
            cache.starting(request);
        } else {
            cache.notKept(request);
        }
        return true;
    }
}

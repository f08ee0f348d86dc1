package it.zona.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** What a {@link PublicPage} tells the page cache while it is built. */
public final class PublicPages {

    private static final String DISTRICT = PublicPages.class.getName() + ".district";
    private static final Object SEVERAL = new Object();

    private PublicPages() {}

    /** The page being built shows this District's data (and no other District's). */
    public static void about(long districtId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        Object said = request.getAttribute(DISTRICT, RequestAttributes.SCOPE_REQUEST);
        request.setAttribute(
                DISTRICT,
                said == null || said.equals(districtId) ? districtId : SEVERAL,
                RequestAttributes.SCOPE_REQUEST);
    }

    /** The one District whose data the page shows, or null when it may show any District's. */
    public static Long district(HttpServletRequest request) {
        return request.getAttribute(DISTRICT) instanceof Long district ? district : null;
    }
}

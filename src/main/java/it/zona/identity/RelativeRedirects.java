package it.zona.identity;

import java.net.URI;
import org.springframework.security.web.DefaultRedirectStrategy;

/**
 * Redirects to the path of an address, never to its host. After sign-in Spring Security returns
 * to the page that was asked for, whose address it saved whole, host included, from the request's
 * Host header: a header whoever sends the request chooses.
 */
final class RelativeRedirects extends DefaultRedirectStrategy {

    @Override
    protected String calculateRedirectUrl(String contextPath, String url) {
        URI address = URI.create(url);
        if (!address.isAbsolute() && address.getRawAuthority() == null) {
            return super.calculateRedirectUrl(contextPath, url);
        }
        String path = address.getRawPath() == null || address.getRawPath().isEmpty() ? "/" : address.getRawPath();
        return address.getRawQuery() == null ? path : path + "?" + address.getRawQuery();
    }
}

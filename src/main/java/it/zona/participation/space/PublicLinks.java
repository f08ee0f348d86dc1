package it.zona.participation.space;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Addresses of the application's pages as mail and calendars must give them: absolute, from
 * {@code zona.base-url}, the address the application is reached at.
 */
@Component
public class PublicLinks {

    private final String base;
    private final String host;

    PublicLinks(@Value("${zona.base-url:http://localhost:8080}") String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String parsed = URI.create(base).getHost();
        this.host = parsed == null ? "localhost" : parsed;
    }

    /** The absolute address of a path of the application ("/minutes/4"). */
    public String to(String path) {
        return base + path;
    }

    /** The host name, which names the meetings' iCalendar UIDs. */
    public String host() {
        return host;
    }
}

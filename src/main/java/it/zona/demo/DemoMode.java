package it.zona.demo;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether demo data are loaded: {@code zona.demo=true} or {@code false} decides; {@code auto} (the
 * default) means on with the embedded H2 database and off with any other, so that a production
 * PostgreSQL never gets demo accounts by accident.
 */
@Component
class DemoMode {

    private final boolean enabled;

    DemoMode(@Value("${zona.demo:auto}") String setting, @Value("${spring.datasource.url:}") String url) {
        this.enabled = enabled(setting, url);
    }

    static boolean enabled(String setting, String url) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> url.startsWith("jdbc:h2:");
        };
    }

    boolean enabled() {
        return enabled;
    }
}

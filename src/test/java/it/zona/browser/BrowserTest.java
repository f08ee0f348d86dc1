package it.zona.browser;

import it.zona.support.ZonaApplicationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that uses the application through headless Chromium, against the server of the shared
 * test context. Tagged "browser": it runs in {@code mvn verify}, not in the PostgreSQL rerun.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ZonaApplicationTest
@Tag("browser")
public @interface BrowserTest {}

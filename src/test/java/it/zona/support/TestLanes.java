package it.zona.support;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * The build runs the tests in lanes (pom.xml, docs/testing.md): first the plain unit tests, then
 * the application tests, then the browser tests. A test is in a lane by its JUnit tags, never by a
 * list: the unit lane is every test without the tag "spring", which {@link ZonaApplicationTest}
 * carries, and so do {@link ZonaIntegrationTest} and the browser tests.
 *
 * <p>Registered in META-INF/spring.factories, this guard is asked for every Spring test context: a
 * test that starts one without the tag (a bare {@code @SpringBootTest}, say) would slow the unit
 * lane down with a context of its own, so it fails at once and says what to use instead.
 */
public final class TestLanes implements ContextCustomizerFactory {

    /** The tag of the tests that start the application's Spring context. */
    public static final String SPRING = "spring";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!taggedSpring(testClass)) {
            throw new IllegalStateException(testClass.getName()
                    + " starts a Spring context but is not tagged \"" + SPRING + "\", so the build would run it"
                    + " with the plain unit tests: annotate it with @ZonaIntegrationTest or @BrowserTest"
                    + " (see docs/testing.md, Lanes).");
        }
        return null;
    }

    /** Whether the class, or a class it is nested in, has the tag, directly or through its annotations. */
    private static boolean taggedSpring(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (AnnotationSupport.findRepeatableAnnotations(c, Tag.class).stream()
                    .anyMatch(tag -> SPRING.equals(tag.value()))) {
                return true;
            }
        }
        return false;
    }
}

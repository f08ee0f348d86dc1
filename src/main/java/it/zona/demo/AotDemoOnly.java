package it.zona.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;

/**
 * Refuses a start in Spring's AOT mode ({@code -Dspring.aot.enabled=true}) with settings other than
 * the demo's. The runnable jar's AOT-processed context was computed when the jar was built, with the
 * settings of the build, which are the demo's: the conditions that add or leave out a part were
 * decided then. Started with, say, a mail server, it would leave mail unsent without a word; so it
 * stops at once and says how to start instead.
 */
class AotDemoOnly implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> differences = differences(environment);
        if (!differences.isEmpty()) {
            throw new IllegalStateException("Zona was started with -Dspring.aot.enabled=true, whose context was"
                    + " computed when the jar was built for the demo's settings, but here "
                    + String.join("; ", differences)
                    + ". Start it without -Dspring.aot.enabled=true (and without -XX:TieredStopAtLevel=1, which"
                    + " is for a quick demo only).");
        }
    }

    /** How these settings differ from the demo's, in words; empty when they are the demo's. */
    static List<String> differences(PropertyResolver settings) {
        String url = settings.getProperty("spring.datasource.url", "");
        List<String> differences = new ArrayList<>();
        if (DemoSnapshot.databaseFile(url).isEmpty()) {
            differences.add("the database is not the embedded one on a file (" + url + ")");
        }
        if (!DemoMode.enabled(settings.getProperty("zona.demo", "auto"), url)) {
            differences.add("demo mode is off");
        }
        if (settings.getProperty("zona.national-data.enabled", Boolean.class, false)) {
            differences.add("the national data set is on");
        }
        if (!settings.getProperty("spring.mail.host", "").isBlank()) {
            differences.add("a mail server is set (spring.mail.host)");
        }
        return differences;
    }

    /** Before {@link DemoSnapshotRestore}, so that a refused start copies nothing in. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}

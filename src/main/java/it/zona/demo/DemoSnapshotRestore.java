package it.zona.demo;

import it.zona.shared.PlatformConfig;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Copies the {@link DemoSnapshot} in at a first start in demo mode, before anything opens the
 * database: it runs once the configuration is read (hence last among the environment's post
 * processors), long before the data source exists. {@code zona.demo.snapshot=false} turns it off,
 * and the demo is then written at the first start, dated from that day.
 */
class DemoSnapshotRestore implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    DemoSnapshotRestore(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoSnapshotRestore.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultResourceLoader resources = new DefaultResourceLoader(application.getClassLoader());
        if (!inTheJar(resources.getResource(DemoSnapshot.LOCATION + DemoSnapshot.FACTS))) {
            return;
        }
        switch (restore(environment, resources, DemoSnapshot.LOCATION)) {
            case COPIED ->
                log.info("Demo mode: copied in the demo written when Zona was built, on "
                        + DemoSnapshot.made(resources, DemoSnapshot.LOCATION) + ".");
            case STALE ->
                log.info("Demo mode: the demo written when Zona was built, on "
                        + DemoSnapshot.made(resources, DemoSnapshot.LOCATION) + ", is not of the last "
                        + DemoSnapshot.FRESH_FOR.getDays()
                        + " days: the demo is written afresh, dated from today, which takes longer.");
            default -> {
                // Not wanted, no snapshot in this build, another database, or the demo already there.
            }
        }
    }

    /** Copies the snapshot at {@code location} in if these settings want the demo and allow it. */
    static DemoSnapshot.Outcome restore(PropertyResolver settings, ResourceLoader resources, String location) {
        String url = settings.getProperty("spring.datasource.url", "");
        boolean wanted = settings.getProperty("zona.demo.snapshot", Boolean.class, true)
                && DemoMode.enabled(settings.getProperty("zona.demo", "auto"), url)
                && !settings.getProperty("zona.national-data.enabled", Boolean.class, false)
                && DemoSnapshot.PASSWORD.equals(settings.getProperty("zona.demo.password", DemoSnapshot.PASSWORD));
        if (!wanted) {
            return DemoSnapshot.Outcome.NOT_WANTED;
        }
        LocalDate today = LocalDate.now(PlatformConfig.clockFrom(settings.getProperty("zona.clock.start", ""))
                .withZone(PlatformConfig.ZONE));
        return DemoSnapshot.copyIn(url, today, resources, location);
    }

    /**
     * Only the copy inside a jar is the one made from that jar's own code. Packaging leaves the
     * snapshot in {@code target/classes} too, where {@code mvn spring-boot:run} and an IDE would find
     * it after the code has moved on (a demo part added since, say): there the demo is written.
     */
    static boolean inTheJar(Resource facts) {
        try {
            return facts.exists() && "jar".equals(facts.getURL().getProtocol());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

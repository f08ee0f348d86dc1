package it.zona.support;

import it.zona.shared.PlatformConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The tests' day: application-test.yml starts the application's clock at {@code zona.clock.start}
 * in every test context, so "today" is that day whatever day the tests run. Instants and times of
 * day come from the application's {@link java.time.Clock} bean, which runs on from there.
 */
public final class TestCalendar {

    private static final LocalDate TODAY = LocalDate.ofInstant(start(), PlatformConfig.ZONE);

    private TestCalendar() {}

    public static LocalDate today() {
        return TODAY;
    }

    private static Instant start() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-test.yml"));
        return Instant.parse(Objects.requireNonNull(yaml.getObject()).getProperty("zona.clock.start"));
    }
}

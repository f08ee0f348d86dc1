package it.zona.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock every rule reads (tests replace it), and scheduled jobs that run on one node at a time
 * through a lock row in the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
@EnableJpaRepositories(basePackages = "it.zona", queryEnhancerSelector = LazyQueryEnhancers.class)
public class PlatformConfig {

    /** Where opening hours, meeting times and deadlines are read: the Italian civil time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /**
     * The system clock, or with {@code zona.clock.start} set (an ISO instant) a clock that starts there
     * and runs on: a demonstration shown as on a given day, and the tests, which read the same calendar
     * whatever day they run (the demo's plan has fixed years).
     */
    @Bean
    Clock clock(@Value("${zona.clock.start:}") String start) {
        return clockFrom(start);
    }

    /** The clock {@code zona.clock.start} gives, for what runs before the application context. */
    public static Clock clockFrom(String start) {
        Clock system = Clock.systemUTC();
        if (start.isBlank()) {
            return system;
        }
        return Clock.offset(system, Duration.between(system.instant(), Instant.parse(start.strip())));
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}

package it.zona.identity;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly clean-up of expired tokens and old sign-in failures. The lock makes one node do it when
 * several share the database.
 */
@Component
class Housekeeping {

    private final ApiTokens tokens;
    private final SignInThrottle throttle;
    private final Clock clock;

    Housekeeping(ApiTokens tokens, SignInThrottle throttle, Clock clock) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A day's grace keeps expired tokens visible while someone investigates an incident. */
    @Scheduled(cron = "0 17 3 * * *", zone = "Europe/Rome")
    @SchedulerLock(name = "identity-housekeeping", lockAtMostFor = "PT10M")
    @Transactional
    public void purge() {
        tokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
        throttle.forget(clock.instant().minus(SignInThrottle.MEMORY));
    }
}

package it.zona.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration LOCK = Duration.ofMinutes(15);
    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theFailureThatReachesTheLimitLocksTheName() {
        LoginThrottle throttle = new LoginThrottle("mario");
        for (int i = 0; i < 4; i++) {
            throttle.fail(start, 5, LOCK);
        }
        assertThat(throttle.isLockedAt(start)).isFalse();
        throttle.fail(start, 5, LOCK);
        assertThat(throttle.isLockedAt(start)).isTrue();
        assertThat(throttle.lockedUntil()).isEqualTo(start.plus(LOCK));
    }

    @Test
    void theLockEndsAfterItsDurationAndTheCountStartsAgain() {
        LoginThrottle throttle = new LoginThrottle("mario");
        for (int i = 0; i < 5; i++) {
            throttle.fail(start, 5, LOCK);
        }
        Instant later = start.plus(LOCK);
        assertThat(throttle.isLockedAt(later)).isFalse();
        throttle.fail(later, 5, LOCK);
        assertThat(throttle.isLockedAt(later)).isFalse();
    }
}

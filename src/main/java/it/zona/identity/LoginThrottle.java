package it.zona.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins for one typed username, and the time until which it is locked. */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    @Id
    private String username;

    private int failures;
    private Instant lastFailureAt;
    private Instant lockedUntil;

    protected LoginThrottle() {}

    LoginThrottle(String username) {
        this.username = username;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    /** Counts a failure; the failure that reaches the limit locks the name for {@code lock}. */
    void fail(Instant now, int maxFailures, Duration lock) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lock);
        }
    }
}

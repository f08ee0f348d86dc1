package it.zona.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Username and password sign-in, for the login page and the token endpoint alike. After
 * {@code zona.login-max-failures} failures in a row a username is locked for
 * {@code zona.login-lock-duration}, whether or not the account exists, so the lock reveals nothing.
 * The count is kept in the database, so it holds across nodes and restarts. Not a bean: it is the
 * only provider of the {@link SecurityConfig#authenticationManager} and nothing else should use it.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottles throttles;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    ThrottledAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottles throttles,
            TransactionTemplate transactions,
            Clock clock,
            int maxFailures,
            Duration lockDuration) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttles = throttles;
        this.transactions = transactions;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String key = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.length() > 60) {
            throw new BadCredentialsException("Bad credentials");
        }
        Instant now = clock.instant();
        LoginThrottle throttle = throttles.findById(key).orElse(null);
        if (throttle != null && throttle.isLockedAt(now)) {
            throw new LoginLockedException(throttle.lockedUntil());
        }
        try {
            Authentication result =
                    passwords.authenticate(new UsernamePasswordAuthenticationToken(key, attempt.getCredentials()));
            if (throttle != null) {
                transactions.executeWithoutResult(status -> throttles.deleteById(key));
            }
            return result;
        } catch (AuthenticationException failure) {
            transactions.executeWithoutResult(status -> {
                LoginThrottle current = throttles.findById(key).orElseGet(() -> new LoginThrottle(key));
                current.fail(now, maxFailures, lockDuration);
                throttles.save(current);
            });
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The username is locked until {@link #until()}. */
    static final class LoginLockedException extends LockedException {

        private final Instant until;

        LoginLockedException(Instant until) {
            super("Locked until " + until);
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }
}

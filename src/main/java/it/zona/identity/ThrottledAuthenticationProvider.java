package it.zona.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in, for the login page and the token endpoint alike, throttled per
 * typed username (whether or not the account exists, so the answer reveals nothing) and per client
 * address by {@link SignInThrottle}. An attempt that must wait is refused before its password is
 * looked at. Not a bean: it is the only provider of the {@link SecurityConfig#authenticationManager}
 * and nothing else should use it.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** The address of attempts that did not come through a web request (none today). */
    static final String NO_ADDRESS = "-";

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Clock clock;

    ThrottledAuthenticationProvider(
            UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username =
                attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty() || username.length() > 60) {
            throw new BadCredentialsException("Bad credentials");
        }
        String address = addressOf(attempt);
        Optional<Instant> wait = throttle.claim(username, address, clock.instant());
        if (wait.isPresent()) {
            throw new LoginLockedException(wait.get());
        }
        Authentication result =
                passwords.authenticate(new UsernamePasswordAuthenticationToken(username, attempt.getCredentials()));
        throttle.succeeded(username, address);
        return result;
    }

    private static String addressOf(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            String address = details.getRemoteAddress();
            return address.length() > 100 ? address.substring(0, 100) : address;
        }
        return NO_ADDRESS;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** No attempt is taken for this username or from this address until {@link #until()}. */
    static final class LoginLockedException extends LockedException {

        private final Instant until;

        LoginLockedException(Instant until) {
            super("No attempt before " + until);
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }
}

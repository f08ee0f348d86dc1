package it.zona.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/token")
@Tag(name = "Authentication")
class AuthRestController {

    private final AuthenticationManager authentication;
    private final TokenService tokens;
    private final Accounts accounts;
    private final Problems problems;
    private final Clock clock;

    AuthRestController(
            AuthenticationManager authentication,
            TokenService tokens,
            Accounts accounts,
            Problems problems,
            Clock clock) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
        this.clock = clock;
    }

    record Credentials(
            @NotBlank @Size(max = 60) String username,
            @NotBlank @Size(max = 200) String password) {}

    record TokenResponse(String token, Instant expiresAt) {}

    @PostMapping
    @Operation(summary = "Exchange username and password for a bearer token")
    ResponseEntity<?> issue(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        Authentication signedIn;
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password());
        // The client's address, for the throttle's count per address (as the login form does).
        attempt.setDetails(new WebAuthenticationDetails(request.getRemoteAddr(), null));
        try {
            signedIn = authentication.authenticate(attempt);
        } catch (ThrottledAuthenticationProvider.LoginLockedException locked) {
            long seconds = Math.max(
                    1, Duration.between(clock.instant(), locked.until()).toSeconds());
            ProblemDetail problem = problems.of(
                    HttpStatus.TOO_MANY_REQUESTS, "login-locked", "error.login.locked", (seconds + 59) / 60);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(problem);
        } catch (AuthenticationException failed) {
            // Unknown user, wrong password and disabled account look the same from outside.
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(problems.of(HttpStatus.UNAUTHORIZED, "bad-credentials", "error.login.badCredentials"));
        }
        boolean mustChange = accounts.findByUsername(signedIn.getName())
                .map(Account::isPasswordChangeRequired)
                .orElseThrow(() -> new BadCredentialsException("Account vanished"));
        if (mustChange) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(problems.of(
                            HttpStatus.FORBIDDEN, "password-change-required", "error.login.passwordChangeRequired"));
        }
        TokenService.Issued issued = tokens.issue(signedIn.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new TokenResponse(issued.token(), issued.expiresAt()));
    }

    @DeleteMapping
    @Operation(summary = "Revoke the bearer token of this request")
    ResponseEntity<Void> revoke(Authentication current) {
        if (current instanceof BearerTokenAuthentication bearer) {
            tokens.revoke(bearer.getToken().getTokenValue());
        }
        return ResponseEntity.noContent().build();
    }
}

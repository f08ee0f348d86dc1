package it.zona.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: 256 random bits, handed out once and stored only as their SHA-256, valid for
 * {@code zona.api-token-validity} unless revoked. The prefix lets secret scanners recognise them.
 */
@Service
@Transactional
class TokenService {

    static final String PREFIX = "zona_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration validity;

    TokenService(
            ApiTokens tokens, Accounts accounts, Clock clock, @Value("${zona.api-token-validity}") Duration validity) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.validity = validity;
    }

    record Issued(String token, Instant expiresAt) {}

    Issued issue(String username) {
        Account account = accounts.findByUsername(username).orElseThrow();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken saved = tokens.save(new ApiToken(hash(token), account.id(), now, now.plus(validity)));
        return new Issued(token, saved.expiresAt());
    }

    /** The account a usable token belongs to. */
    @Transactional(readOnly = true)
    Optional<Account> accountFor(String token) {
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.isUsableAt(clock.instant()))
                .flatMap(t -> accounts.findById(t.accountId()))
                .filter(Account::isEnabled);
    }

    void revoke(String token) {
        tokens.findByTokenHash(hash(token)).ifPresent(t -> t.revoke(clock.instant()));
    }

    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

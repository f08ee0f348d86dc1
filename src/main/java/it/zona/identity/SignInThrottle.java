package it.zona.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts sign-in attempts per typed username and per client address in the database, so that it
 * holds whichever node is asked. An attempt is counted before its password is checked, by a
 * conditional {@code UPDATE} that the database applies to one row at a time: of thirty parallel
 * guesses, exactly as many as are free get through, and the others are refused without a password
 * check. Past the free failures every further attempt must wait, twice as long each time, up to a
 * longest delay; there is no lock that anyone could keep on a known account by guessing.
 * A sign-in that succeeds takes its own count back.
 */
@Component
class SignInThrottle {

    static final String ACCOUNT = "account";
    static final String ADDRESS = "address";

    /** Counts that were left alone for this long start again from zero. */
    static final Duration MEMORY = Duration.ofDays(1);

    private static final String NEXT_COUNT = "(case when last_attempt_at < :forgetBefore then 1 else failures + 1 end)";

    // The casts make PostgreSQL and H2 compute the delay the same way (power works on doubles);
    // the exponent is capped so that it never overflows whatever the count.
    private static final String CLAIM = "update sign_in_throttle set failures = " + NEXT_COUNT
            + ", last_attempt_at = :now, blocked_until = case when " + NEXT_COUNT + " >= :free"
            + " then cast(:now + least(:maxDelay, :firstDelay * power(cast(2 as double precision),"
            + " cast(least(" + NEXT_COUNT + " - :free, 30) as double precision))) as bigint) else 0 end"
            + " where scope = :scope and throttle_key = :key and blocked_until <= :now";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int freePerAccount;
    private final int freePerAddress;
    private final Duration firstDelay;
    private final Duration maxDelay;

    SignInThrottle(
            NamedParameterJdbcTemplate jdbc,
            TransactionTemplate transactions,
            @Value("${zona.login-max-failures}") int freePerAccount,
            @Value("${zona.login-max-failures-per-address}") int freePerAddress,
            @Value("${zona.login-first-delay}") Duration firstDelay,
            @Value("${zona.login-max-delay}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /**
     * Counts an attempt for both the username and the address, or neither: answers the instant
     * before which no attempt is taken if one of them must still wait.
     */
    Optional<Instant> claim(String username, String address, Instant now) {
        ensureRow(ADDRESS, address);
        ensureRow(ACCOUNT, username);
        return transactions.execute(status -> {
            Optional<Instant> refused = claim(ADDRESS, address, freePerAddress, now)
                    .or(() -> claim(ACCOUNT, username, freePerAccount, now));
            if (refused.isPresent()) {
                // The address must not pay for an attempt the username refused, nor the reverse.
                status.setRollbackOnly();
            }
            return refused;
        });
    }

    /** The attempt was right: the username starts again, the address gets its attempt back. */
    void succeeded(String username, String address) {
        transactions.executeWithoutResult(status -> {
            jdbc.update(
                    "delete from sign_in_throttle where scope = :scope and throttle_key = :key",
                    key(ACCOUNT, username));
            jdbc.update(
                    "update sign_in_throttle set failures = greatest(failures - 1, 0),"
                            + " blocked_until = case when failures - 1 >= :free then blocked_until else 0 end"
                            + " where scope = :scope and throttle_key = :key",
                    key(ADDRESS, address).addValue("free", freePerAddress));
        });
    }

    /** Forgets counts nobody added to since {@code before} and that no longer hold anyone back. */
    int forget(Instant before) {
        return jdbc.update(
                "delete from sign_in_throttle where last_attempt_at < :before and blocked_until < :before",
                new MapSqlParameterSource("before", before.toEpochMilli()));
    }

    private Optional<Instant> claim(String scope, String key, int free, Instant now) {
        MapSqlParameterSource parameters = key(scope, key)
                .addValue("now", now.toEpochMilli())
                .addValue("forgetBefore", now.minus(MEMORY).toEpochMilli())
                .addValue("free", free)
                .addValue("firstDelay", firstDelay.toMillis())
                .addValue("maxDelay", maxDelay.toMillis());
        if (jdbc.update(CLAIM, parameters) == 1) {
            return Optional.empty();
        }
        Long until = jdbc.queryForObject(
                "select blocked_until from sign_in_throttle where scope = :scope and throttle_key = :key",
                parameters,
                Long.class);
        return Optional.of(Instant.ofEpochMilli(until));
    }

    private void ensureRow(String scope, String key) {
        jdbc.update(
                "insert into sign_in_throttle (scope, throttle_key, failures, last_attempt_at, blocked_until)"
                        + " values (:scope, :key, 0, 0, 0) on conflict do nothing",
                key(scope, key));
    }

    private static MapSqlParameterSource key(String scope, String key) {
        return new MapSqlParameterSource("scope", scope).addValue("key", key);
    }
}

package it.zona.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.ZonaIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-in throttle under parallel guesses. The test profile lets 5 failures per username and 100
 * per address through, then makes the next attempt wait 15 minutes, twice that after, up to an hour.
 */
@ZonaIntegrationTest
class SignInThrottleTest {

    private static final int FREE_PER_ACCOUNT = 5;
    private static final int FREE_PER_ADDRESS = 100;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    SignInThrottle throttle;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thirtyParallelGuessesOnOneAccountGetExactlyTheFreeFailuresAndThenNotEvenTheRightPassword() throws Exception {
        Staff viewer = fixtures.district().viewer();

        Map<Integer, Long> guesses = inParallel(30, i -> () -> tokenOverHttp(viewer.username(), "wrong-" + i));
        assertThat(guesses).isEqualTo(Map.of(401, (long) FREE_PER_ACCOUNT, 429, 30L - FREE_PER_ACCOUNT));

        Map<Integer, Long> withTheRightOne = inParallel(
                30, i -> () -> tokenOverHttp(viewer.username(), i == 17 ? Fixtures.PASSWORD : "wrong-again-" + i));
        assertThat(withTheRightOne).isEqualTo(Map.of(429, 30L));
    }

    @Test
    void aRefusedAttemptSaysWhenToTryAgain() throws Exception {
        Staff viewer = fixtures.district().viewer();
        String address = anAddress();
        for (int i = 0; i < FREE_PER_ACCOUNT; i++) {
            tokenFrom(address, viewer.username(), "wrong");
        }
        MockHttpServletResponse refused = mvc.perform(tokenRequest(address, viewer.username(), Fixtures.PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After")))
                .isBetween(1L, Duration.ofMinutes(15).toSeconds());
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void theLimitPerAddressHoldsAcrossDifferentUsernames() throws Exception {
        Staff viewer = fixtures.district().viewer();
        String address = anAddress();

        Map<Integer, Long> guesses = inParallel(
                FREE_PER_ADDRESS + 10, i -> () -> tokenFrom(address, "someone-" + i + "-" + Fixtures.unique(), "x"));
        assertThat(guesses).isEqualTo(Map.of(401, (long) FREE_PER_ADDRESS, 429, 10L));

        assertThat(tokenFrom(address, viewer.username(), Fixtures.PASSWORD)).isEqualTo(429);
        assertThat(tokenFrom("192.0.2.1", viewer.username(), Fixtures.PASSWORD))
                .as("the account itself is not throttled")
                .isEqualTo(201);
    }

    @Test
    void eachAttemptPastTheFreeOnesWaitsTwiceAsLongUpToTheLongestDelay() {
        String name = "nobody-" + Fixtures.unique();
        String address = "203.0.113.9";
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        for (int i = 0; i < FREE_PER_ACCOUNT; i++) {
            assertThat(throttle.claim(name, address, now)).isEmpty();
        }
        assertThat(throttle.claim(name, address, now)).hasValue(now.plus(Duration.ofMinutes(15)));

        now = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.claim(name, address, now)).isEmpty();
        assertThat(throttle.claim(name, address, now)).hasValue(now.plus(Duration.ofMinutes(30)));

        now = now.plus(Duration.ofMinutes(30));
        assertThat(throttle.claim(name, address, now)).isEmpty();
        assertThat(throttle.claim(name, address, now)).hasValue(now.plus(Duration.ofHours(1)));

        now = now.plus(Duration.ofHours(1));
        assertThat(throttle.claim(name, address, now)).isEmpty();
        assertThat(throttle.claim(name, address, now)).hasValue(now.plus(Duration.ofHours(1)));

        now = now.plus(SignInThrottle.MEMORY).plus(Duration.ofHours(1));
        assertThat(throttle.claim(name, address, now))
                .as("a day later the count starts again")
                .isEmpty();
    }

    @Test
    void theLoginPageRefusesAThrottledNameEvenWithTheRightPassword() throws Exception {
        Staff editor = fixtures.district().editor();
        String address = anAddress();
        for (int i = 0; i < FREE_PER_ACCOUNT; i++) {
            mvc.perform(post("/login")
                            .with(from(address))
                            .with(csrf())
                            .param("username", editor.username())
                            .param("password", "wrong"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login")
                        .with(from(address))
                        .with(csrf())
                        .param("username", editor.username())
                        .param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
    }

    private int tokenOverHttp(String username, String password) throws Exception {
        return http.send(tokenRequest(username, password), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpRequest tokenRequest(String username, String password) throws Exception {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("username", username, "password", password))))
                .build();
    }

    /** MockMvc, so that the request can come from another address than the tests' own. */
    private int tokenFrom(String address, String username, String password) throws Exception {
        return mvc.perform(tokenRequest(address, username, password))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private MockHttpServletRequestBuilder tokenRequest(String address, String username, String password)
            throws Exception {
        return post("/api/v1/auth/token")
                .with(from(address))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("username", username, "password", password)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An address of the documentation ranges that no other test uses. */
    private static String anAddress() {
        return "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet()) + ":"
                + Integer.toHexString(Math.abs(Fixtures.unique().hashCode()) % 0xffff);
    }

    /** Runs the attempts all at once and counts their answers by status. */
    private static Map<Integer, Long> inParallel(int count, Function<Integer, Callable<Integer>> attempt)
            throws Exception {
        // At most 30 at a time: a password check takes 19 MiB (Argon2id).
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 30));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Integer> one = attempt.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return one.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}

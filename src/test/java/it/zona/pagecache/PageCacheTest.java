package it.zona.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import it.zona.district.DistrictRegistry;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A public page is rendered once per language and served from memory to visitors who are not
 * signed in until a change to its District commits; it is revalidated by its ETag. A change made
 * behind the application's back (no audit entry) shows which answers came from memory.
 */
@ZonaIntegrationTest
class PageCacheTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DistrictRegistry districts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagers;

    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = send(get(path));
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private void renameBehindTheBack(TestDistrict district, String name) {
        jdbc.update("update district set name = ? where id = ?", name, district.id());
    }

    private void changeThroughTheApplication(TestDistrict district) {
        String municipality = fixtures.freeMunicipality();
        fixtures.as(district.admin().username(), () -> districts.addMunicipality(district.slug(), municipality));
    }

    @Test
    void aPublicPageIsServedFromMemoryUntilAChangeToItsDistrictCommits() throws Exception {
        TestDistrict district = fixtures.district();
        TestDistrict other = fixtures.district();
        String path = "/districts/" + district.slug();

        MockHttpServletResponse first = send(get(path));
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(first.getHeader("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(first.getHeader("Vary")).isEqualTo("Cookie");
        assertThat(first.getHeader("Pragma")).isNull();
        assertThat(first.getHeader("Expires")).isNull();
        assertThat(first.getHeader("Content-Security-Policy")).isNotBlank();
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).contains(district.name());

        renameBehindTheBack(district, "Nome cambiato alle spalle");
        MockHttpServletResponse kept = send(get(path));
        assertThat(kept.getContentAsString(StandardCharsets.UTF_8)).contains(district.name());
        assertThat(kept.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(kept.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"));

        // Another District's change leaves this page alone.
        changeThroughTheApplication(other);
        assertThat(page(path)).contains(district.name());

        changeThroughTheApplication(district);
        MockHttpServletResponse renewed = send(get(path));
        assertThat(renewed.getContentAsString(StandardCharsets.UTF_8)).contains("Nome cambiato alle spalle");
        assertThat(renewed.getHeader("ETag")).isNotEqualTo(first.getHeader("ETag"));
    }

    @Test
    void underParallelRequestsNoneThatStartsAfterTheCommitGetsTheOldPage() throws Exception {
        TestDistrict district = fixtures.district();
        String path = "/districts/" + district.slug();
        page(path);
        renameBehindTheBack(district, "Nome dopo il commit");
        AtomicLong committedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean stop = new AtomicBoolean();
        List<String> stale = new CopyOnWriteArrayList<>();
        AtomicLong after = new AtomicLong();
        ExecutorService visitors = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int v = 0; v < 8; v++) {
                running.add(visitors.submit(() -> {
                    while (!stop.get()) {
                        long started = System.nanoTime();
                        String body = page(path);
                        if (started > committedAt.get()) {
                            after.incrementAndGet();
                            if (!body.contains("Nome dopo il commit")) {
                                stale.add("request started " + (started - committedAt.get()) + " ns after the commit");
                            }
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(200);
            changeThroughTheApplication(district);
            committedAt.set(System.nanoTime());
            Thread.sleep(300);
            stop.set(true);
            for (Future<?> visitor : running) {
                visitor.get();
            }
        } finally {
            visitors.shutdownNow();
        }
        assertThat(after.get()).isPositive();
        assertThat(stale).isEmpty();
    }

    @Test
    void requestsArrivingTogetherForAPageNotKeptWaitForOneRenderingOfIt() throws Exception {
        TestDistrict district = fixtures.district();
        String path = "/districts/" + district.slug();
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            WebClient staff = fixtures.signIn(district.viewer());
            staff.open(path);
            statistics.clear();
            staff.open(path);
            long oneRendering = statistics.getPrepareStatementCount();

            statistics.clear();
            ExecutorService visitors = Executors.newFixedThreadPool(16);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (int v = 0; v < 16; v++) {
                    answers.add(visitors.submit(() -> page(path)));
                }
                for (Future<String> answer : answers) {
                    assertThat(answer.get()).contains(district.name());
                }
            } finally {
                visitors.shutdownNow();
            }
            // Each request also reads the clock of changes, outside Hibernate.
            assertThat(statistics.getPrepareStatementCount()).isLessThan(2 * oneRendering);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aBrowserRevalidatesByTheETagAndGetsA304WhileNothingChanged() throws Exception {
        TestDistrict district = fixtures.district();
        String path = "/districts/" + district.slug();
        // A HEAD before any GET keeps nothing, least of all an empty page.
        assertThat(send(head(path)).getStatus()).isEqualTo(200);
        assertThat(page(path)).contains(district.name());
        String etag = send(get(path)).getHeader("ETag");

        MockHttpServletResponse unchanged = send(get(path).header("If-None-Match", etag));
        assertThat(unchanged.getStatus()).isEqualTo(304);
        assertThat(unchanged.getContentAsByteArray()).isEmpty();
        assertThat(unchanged.getHeader("ETag")).isEqualTo(etag);

        MockHttpServletResponse headOnly = send(head(path));
        assertThat(headOnly.getStatus()).isEqualTo(200);
        assertThat(headOnly.getContentAsByteArray()).isEmpty();
        assertThat(headOnly.getHeader("ETag")).isEqualTo(etag);

        changeThroughTheApplication(district);
        MockHttpServletResponse changed = send(get(path).header("If-None-Match", etag));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void eachLanguageHasItsOwnCopy() throws Exception {
        TestDistrict district = fixtures.district();
        String path = "/districts/" + district.slug();
        String italian = page(path);
        MockHttpServletResponse english = send(get(path).cookie(new Cookie(PageCache.LANGUAGE_COOKIE, "en")));

        assertThat(italian).contains("lang=\"it\"");
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("lang=\"en\"");
        assertThat(english.getHeader("ETag")).isNotEqualTo(send(get(path)).getHeader("ETag"));
    }

    @Test
    void theApiListsAreKeptPerAskedLanguageAndNeverServedToAToken() throws Exception {
        TestDistrict district = fixtures.district();
        String number = district.slug().substring("test-".length());
        String path = "/api/v1/districts?q=" + number;
        MockHttpServletResponse first = send(get(path));
        assertThat(first.getHeader("ETag")).isNotNull();
        assertThat(first.getHeader("Vary")).isEqualTo("Accept-Language, Authorization");
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).contains(district.name());

        assertThat(send(head(path)).getStatus()).isEqualTo(200);
        renameBehindTheBack(district, "Nome per le API " + number);
        assertThat(send(get(path)).getContentAsString(StandardCharsets.UTF_8)).contains(district.name());
        assertThat(send(get(path).header("Accept-Language", "fr, en;q=0.8")).getContentAsString(StandardCharsets.UTF_8))
                .contains("Nome per le API");
        assertThat(fixtures.api(district.viewer())
                        .read(fixtures.api(district.viewer()).get(path))
                        .toString())
                .contains("Nome per le API");
    }

    @Test
    void aSignedInVisitorNeverGetsTheSharedCopyAndItsPagesAreNotStored() throws Exception {
        TestDistrict district = fixtures.district();
        String path = "/districts/" + district.slug();
        page(path);
        renameBehindTheBack(district, "Nome visto dal personale");

        WebClient staff = fixtures.signIn(district.viewer());
        var signedIn = staff.get(path).getResponse();
        assertThat(signedIn.getContentAsString(StandardCharsets.UTF_8)).contains("Nome visto dal personale");
        assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");
        assertThat(signedIn.getHeader("ETag")).isNull();
    }

    @Test
    void staffPagesAndPagesNotMarkedPublicAreNeverKept() throws Exception {
        TestDistrict district = fixtures.district();

        MockHttpServletResponse login = send(get("/login"));
        assertThat(login.getHeader("Cache-Control")).contains("no-store");
        assertThat(login.getHeader("ETag")).isNull();
        MockHttpServletResponse staffPage = send(get("/districts/" + district.slug() + "/staff"));
        assertThat(staffPage.getStatus()).isNotEqualTo(200);
        assertThat(staffPage.getHeader("ETag")).isNull();
        MockHttpServletResponse missing = send(get("/districts/non-esiste-" + Fixtures.unique()));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getHeader("Cache-Control")).contains("no-store");
    }
}

package it.zona.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.Timings;
import it.zona.support.ZonaIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catalogue of a District with 300 services of varied texts, target groups and municipalities:
 * its public page as citizens get it (kept in memory) and at its first view (each address once),
 * the Italian search through the catalogue beside the same search written by hand in SQL on the
 * same database, the API's list and a service's page. A benchmark, not a test: its class name keeps
 * it out of {@code mvn verify}, and it asserts the answers, never the time. Run it with {@code mvn
 * test -Dtest=CatalogueBenchmark}; it prints a table and writes it to {@code
 * target/benchmark/catalogue.md}. docs/performance.md has the numbers.
 */
@ZonaIntegrationTest
class CatalogueBenchmark {

    private static final int SERVICES = 300;

    private static final String[][] TOPICS = {
        {"Assistenza domiciliare", "per anziani non autosufficienti"},
        {"Trasporto sociale", "per persone con disabilità"},
        {"Buono servizio", "per nidi e sezioni primavera"},
        {"Contributo", "per il canone di locazione"},
        {"Centro diurno", "socio-educativo per minori"},
        {"Sostegno al reddito", "per famiglie in difficoltà"},
        {"Mediazione culturale", "per cittadini stranieri"},
        {"Tutoraggio", "per giovani in cerca di lavoro"},
        {"Gruppo di auto-aiuto", "per la salute mentale"},
        {"Pronto intervento sociale", "per persone senza dimora"},
    };

    private static final String[] WORDS = {
        "anziano", "disabilità", "nido", "affitto", "minori", "reddito", "stranieri", "lavoro", "mentale", "dimora"
    };

    @Autowired
    Fixtures fixtures;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void threeHundredServices() throws Exception {
        long started = System.nanoTime();
        TestDistrict district = fixtures.district();
        String other = fixtures.addMunicipality(district);
        List<Long> ids = fixtures.as(district.editor().username(), () -> {
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                created.add(catalogue.create(district.slug(), service(i, other)).id());
            }
            return created;
        });
        System.out.printf(Locale.ROOT, "Built %d services in %.1f s%n", SERVICES, (System.nanoTime() - started) / 1e9);
        String slug = district.slug();
        long districtId = district.id();

        assertThat(fixtures.asPlatformAdmin(() -> catalogue
                        .search(slug, new ServiceFilter(null, null, null, null, "anziano"), ServiceOrder.TITLE, 0, 20)
                        .totalItems()))
                .as("the topic's services, and those for older people")
                .isEqualTo(2 * SERVICES / TOPICS.length);
        assertThat(jdbc.queryForObject(
                        "select count(*) from social_service where district_id = ? and search_terms like ?",
                        Long.class,
                        districtId,
                        "% anzian%"))
                .isEqualTo(2 * SERVICES / TOPICS.length);

        List<String> rows = new ArrayList<>();
        String list = "/districts/" + slug + "/services";
        rows.add(Timings.measure("GET " + list + " (as citizens get it: in memory)", 20, 200, () -> get(list)));
        AtomicInteger first = new AtomicInteger();
        rows.add(Timings.measure(
                "GET " + list + "?q=…&audience=…&sort=… (each address's first view)",
                10,
                60,
                () -> get(firstView(list, first.getAndIncrement()))));
        AtomicInteger word = new AtomicInteger();
        rows.add(Timings.measure(
                "Search, first page and count (ServiceCatalogue.search)",
                20,
                200,
                () -> fixtures.asPlatformAdmin(() -> catalogue.search(
                        slug,
                        new ServiceFilter(null, null, null, null, WORDS[word.getAndIncrement() % WORDS.length]),
                        ServiceOrder.TITLE,
                        0,
                        ServiceCatalogue.PAGE_SIZE))));
        rows.add(Timings.measure("The same search by hand in SQL (reference)", 20, 200, () -> {
            String pattern = "% "
                    + SearchTerms.patterns(WORDS[word.getAndIncrement() % WORDS.length])
                            .get(0)
                            .substring(2);
            List<String> titles = jdbc.queryForList(
                    "select title from social_service where district_id = ? and search_terms like ?"
                            + " order by title, id limit 20",
                    String.class,
                    districtId,
                    pattern);
            long count = jdbc.queryForObject(
                    "select count(*) from social_service where district_id = ? and search_terms like ?",
                    Long.class,
                    districtId,
                    pattern);
            return titles.size() + count;
        }));
        AtomicInteger apiWord = new AtomicInteger();
        rows.add(Timings.measure(
                "GET /api/v1/districts/{slug}/services?q=…",
                10,
                100,
                () -> get("/api/v1/districts/" + slug + "/services?q="
                        + WORDS[apiWord.getAndIncrement() % WORDS.length])));
        rows.add(Timings.measure("GET /services/{id} (in memory)", 10, 100, () -> get("/services/" + ids.get(150))));

        Timings.write("catalogue", rows);
    }

    /** An address of the list seen for the first time: a word, a target group and an order. */
    private static String firstView(String list, int n) {
        Audience audience = Audience.values()[n % Audience.values().length];
        ServiceOrder order = ServiceOrder.values()[(n / Audience.values().length) % ServiceOrder.values().length];
        return list + "?q=" + WORDS[n % WORDS.length] + "&audience=" + audience + "&sort=" + order + "&page="
                + n / (Audience.values().length * ServiceOrder.values().length);
    }

    /** Service {@code i}: one of ten topics, its target group, in all municipalities or the second. */
    private static SocialServiceForm service(int i, String municipality) {
        String[] topic = TOPICS[i % TOPICS.length];
        boolean some = i % 4 == 0;
        return new SocialServiceForm(
                i % 3 == 0 ? ServiceKind.VOUCHER : ServiceKind.SERVICE,
                ServiceCategory.values()[i % ServiceCategory.values().length],
                null,
                topic[0] + " " + topic[1] + " n. " + i,
                ServiceStatus.ACTIVE,
                null,
                null,
                topic[0] + " " + topic[1] + ": un servizio del catalogo di prova.",
                "Chi vive nell’Ambito e ha bisogno di " + topic[0].toLowerCase(Locale.ITALIAN) + ".",
                "Presenta la domanda allo sportello sociale del tuo Comune.",
                "- documento di identità\n- attestazione ISEE",
                "Un aiuto concreto, " + topic[1] + ".",
                i % 2 == 0 ? "Gratuito fino a 8.000 € di ISEE." : null,
                null,
                null,
                List.of(Audience.values()[i % Audience.values().length]),
                !some,
                some ? List.of(municipality) : List.of(),
                List.of(),
                List.of(),
                null,
                null);
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}

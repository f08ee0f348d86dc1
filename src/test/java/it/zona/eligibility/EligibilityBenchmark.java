package it.zona.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.catalogue.Audience;
import it.zona.catalogue.ServiceCatalogue;
import it.zona.catalogue.ServiceCategory;
import it.zona.catalogue.ServiceKind;
import it.zona.catalogue.ServiceStatus;
import it.zona.catalogue.SocialServiceForm;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.Timings;
import it.zona.support.ZonaIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The eligibility check of a District with 300 described services, each with criteria of four to
 * seven kinds (an any-of group among them) and half of them with ISEE bands: the evaluation in
 * memory, the whole check as the API answers it and the result page. A benchmark, not a test: its
 * class name keeps it out of {@code mvn verify}, and it asserts the answers, never the time. Run it
 * with {@code mvn test -Dtest=EligibilityBenchmark}; it prints a table and writes it to
 * {@code target/benchmark/eligibility.md}. docs/performance.md has the numbers.
 */
@ZonaIntegrationTest
class EligibilityBenchmark {

    private static final int SERVICES = 300;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    ServiceCriteriaRegistry criteria;

    @Autowired
    EligibilityChecks checks;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void threeHundredServices() throws Exception {
        long started = System.nanoTime();
        TestDistrict district = fixtures.district();
        String other = fixtures.addMunicipality(district);
        fixtures.as(district.editor().username(), () -> {
            for (int i = 0; i < SERVICES; i++) {
                long id = catalogue.create(district.slug(), service(i)).id();
                criteria.replace(id, criteria(i, other), i % 2 == 0 ? bands(i) : null, 0);
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "Built %d services in %.1f s%n", SERVICES, (System.nanoTime() - started) / 1e9);

        String lead = fixtures.asPlatformAdmin(() -> checks.catalogue(district.slug()).members().stream()
                .filter(code -> !code.equals(other))
                .findFirst()
                .orElseThrow());
        Answers answers = new Answers(
                70,
                lead,
                IseeType.SOCIO_HEALTH,
                new BigDecimal("12345.67"),
                2,
                0,
                Disability.ART3_C1,
                80,
                true,
                Employment.RETIRED,
                false,
                null);
        EligibilityChecks.Catalogue read = checks.catalogue(district.slug());
        assertThat(read.described()).hasSize(SERVICES);
        assertThat(checks.check(read, answers, Locale.ITALIAN).services()).hasSize(SERVICES);

        String json = """
                {"age": 70, "municipality": "%s", "iseeType": "SOCIO_HEALTH", "isee": 12345.67,
                 "householdMembers": 2, "minors": 0, "disability": "ART3_C1", "invalidityPercent": 80,
                 "nonSelfSufficient": true, "employment": "RETIRED", "nonEuCitizen": false}""".formatted(lead);
        String form = "age=70&municipality=" + lead + "&iseeType=SOCIO_HEALTH&isee=12.345%2C67&householdMembers=2"
                + "&minors=0&disability=ART3_C1&invalidityPercent=80&nonSelfSufficient=true&employment=RETIRED"
                + "&nonEuCitizen=false";
        List<String> rows = new ArrayList<>();
        rows.add(Timings.measure("Evaluation in memory (EligibilityCheck.evaluate × " + SERVICES + ")", 50, 200, () -> {
            int met = 0;
            for (EligibilityChecks.Checked service : read.described()) {
                if (EligibilityCheck.evaluate(service.criteria(), service.bands(), answers, read.members())
                                .verdict()
                        == Verdict.MET) {
                    met++;
                }
            }
            return met;
        }));
        rows.add(Timings.measure(
                "Check with its messages (EligibilityChecks.check)",
                20,
                100,
                () -> checks.check(read, answers, Locale.ITALIAN)));
        rows.add(Timings.measure(
                "Catalogue and criteria read (EligibilityChecks.catalogue)",
                10,
                50,
                () -> checks.catalogue(district.slug())));
        rows.add(Timings.measure(
                "POST /api/v1/districts/{slug}/eligibility",
                10,
                50,
                () -> post("/api/v1/districts/" + district.slug() + "/eligibility", "application/json", json)));
        rows.add(Timings.measure(
                "POST /districts/{slug}/services/check (result page)",
                10,
                30,
                () -> post(
                        "/districts/" + district.slug() + "/services/check",
                        "application/x-www-form-urlencoded",
                        form)));

        Timings.write("eligibility", rows);
    }

    private static SocialServiceForm service(int i) {
        return new SocialServiceForm(
                i % 3 == 0 ? ServiceKind.VOUCHER : ServiceKind.SERVICE,
                ServiceCategory.HEALTH_WELFARE_CARE,
                null,
                "Servizio " + i,
                ServiceStatus.ACTIVE,
                null,
                null,
                "Un servizio del catalogo di prova.",
                "Chi vive nell’Ambito.",
                "Presenta la domanda allo sportello.",
                "- documento di identità\n- attestazione ISEE",
                "Un aiuto.",
                null,
                null,
                null,
                List.of(Audience.EVERYONE),
                true,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
    }

    /** Criteria of four to seven kinds, an any-of group among them, varied by {@code i}. */
    private static AccessCriteria criteria(int i, String municipality) {
        List<AccessCriteria> items = new ArrayList<>();
        items.add(new Residence(i % 5 == 0 ? List.of(municipality) : List.of()));
        items.add(new IseeAtMost(
                IseeType.values()[i % IseeType.values().length], new BigDecimal(8000 + (i % 10) * 3000)));
        items.add(Group.anyOf(new AgeRange(18 + i % 50, null), new DisabilityRecognised(Disability.ART3_C3)));
        items.add(new Household(i % 4 == 0 ? 2 : null, i % 4 == 0 ? null : 1 + i % 2));
        if (i % 2 == 0) {
            items.add(new NonSelfSufficiency());
        }
        if (i % 3 == 0) {
            items.add(new EmploymentStatus(List.of(Employment.UNEMPLOYED, Employment.RETIRED)));
        }
        if (i % 7 == 0) {
            items.add(new Assessment("Valutazione del servizio sociale."));
        }
        return new Group(Combinator.ALL_OF, items);
    }

    private static Bands bands(int i) {
        return new Bands(
                i % 4 == 0 ? BandKind.AMOUNT : BandKind.CONTRIBUTION,
                IseeType.SOCIO_HEALTH,
                List.of(
                        new Bands.Band(new BigDecimal("8000.00"), new BigDecimal("600.00")),
                        new Bands.Band(new BigDecimal("15000.00"), new BigDecimal("400.00")),
                        new Bands.Band(new BigDecimal("25000.00"), new BigDecimal("200.00")),
                        new Bands.Band(null, new BigDecimal("100.00"))));
    }

    private byte[] post(String path, String type, String body) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}

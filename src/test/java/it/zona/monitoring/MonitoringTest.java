package it.zona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.spending.SpendingScene;
import it.zona.spending.SpendingScene.Scene;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Pdfs;
import it.zona.support.TestMailServer;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Monitoring as its users meet it: alerts that appear with the data that raise them and go with
 * the change that fixes them, for the District's staff only; the public state of implementation
 * with its figures and no personal data; the staff dashboard.
 */
@ZonaIntegrationTest
class MonitoringTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext beans;

    @Autowired
    MockMvc mvc;

    @Autowired
    AlertDigest digest;

    @Autowired
    AccountRegistry accounts;

    @Autowired
    TestMailServer mail;

    @Autowired
    JdbcTemplate jdbc;

    private long commit(ApiClient editor, Scene scene, long line, String amount) throws Exception {
        return editor.read(editor.post(
                                "/api/v1/budget-lines/{id}/commitments",
                                """
                                {"actNumber":"Determina 12/2024","actDate":"2024-03-01","amount":%s,"organizationId":%d}""".formatted(amount, scene.cooperative()),
                                line)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    private void pay(ApiClient editor, long commitment, String amount) throws Exception {
        editor.post(
                        "/api/v1/commitments/{id}/payments",
                        "{\"date\":\"2024-11-30\",\"amount\":%s,\"number\":\"Mandato 7\"}".formatted(amount),
                        commitment)
                .andExpect(status().isCreated());
    }

    private List<String> alerts(ApiClient reader, Scene scene) throws Exception {
        List<String> found = new ArrayList<>();
        JsonNode list = reader.read(
                reader.get("/api/v1/districts/{slug}/alerts", scene.district().slug())
                        .andExpect(status().isOk()));
        list.forEach(a -> found.add(a.get("kind").asString() + " "
                + a.get("link").asString() + " " + a.get("message").asString()));
        return found;
    }

    @Test
    void paymentsLaggingBehindTheirYearRaiseAnAlertThatGoesWhenTheyCatchUp() throws Exception {
        Scene scene = new SpendingScene(beans).create();
        ApiClient editor = fixtures.api(scene.district().editor());
        ApiClient viewer = fixtures.api(scene.district().viewer());
        long commitment = commit(editor, scene, scene.line2024(), "10000.00");
        pay(editor, commitment, "2000.00");
        commit(editor, scene, scene.line2025(), "5000.00");

        // The tests' day is in October 2026: 2024 and 2025 are wholly gone by.
        assertThat(alerts(viewer, scene))
                .containsExactly(
                        "PAYMENTS_LAG /budget-lines/" + scene.line2024()
                                + "/spending Assistenza domiciliare, Fondo nazionale per le politiche sociali (FNPS), 2024:"
                                + " pagato il 20,0% dello stanziato, a fronte del 100,0% dell’anno trascorso.",
                        "PAYMENTS_LAG /budget-lines/" + scene.line2025()
                                + "/spending Assistenza domiciliare, Fondo nazionale per le politiche sociali (FNPS), 2025:"
                                + " pagato il 0,0% dello stanziato, a fronte del 100,0% dell’anno trascorso.");

        pay(editor, commitment, "6000.00");
        assertThat(alerts(viewer, scene))
                .singleElement()
                .asString()
                .startsWith("PAYMENTS_LAG /budget-lines/" + scene.line2025() + "/");

        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/alerts", scene.district().slug())
                .andExpect(status().isUnauthorized());
        fixtures.api(fixtures.district().viewer())
                .get("/api/v1/districts/{slug}/alerts", scene.district().slug())
                .andExpect(status().isForbidden());

        Document dashboard = fixtures.signIn(scene.district().viewer())
                .open("/districts/" + scene.district().slug() + "/monitoring");
        assertThat(dashboard.select("main h1").text()).isEqualTo("Monitoraggio");
        assertThat(dashboard.select("main .callout a").eachAttr("href"))
                .containsExactly("/budget-lines/" + scene.line2025() + "/spending");
        assertThat(new WebClient(mvc)
                        .get("/districts/" + scene.district().slug() + "/monitoring")
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");
    }

    @Test
    void eachAdminHearsOfAWeeksAlertsOnceWhateverTheNodesThatSendIt() throws Exception {
        Scene scene = new SpendingScene(beans).create();
        ApiClient editor = fixtures.api(scene.district().editor());
        commit(editor, scene, scene.line2024(), "10000.00");
        commit(editor, scene, scene.line2025(), "5000.00");
        String address = "ufficio.piano." + scene.plan() + "@example.org";
        fixtures.asPlatformAdmin(() -> accounts.grant(
                scene.district().id(),
                new AccountRegistry.NewAccount("digest" + scene.plan(), "Ufficio di Piano", address),
                DistrictRole.ADMIN));
        LocalDate monday = LocalDate.of(2026, 10, 5);

        // Two nodes at once, as the lock's expiry or a clock's skew could let them run.
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(
                    nodes.submit(() -> digest.send(monday)), nodes.submit(() -> digest.send(monday.plusDays(3))));
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdown();
        }
        List<MimeMessage> received = mail.awaitMessages(address, 1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("settimana del 05/10/2026");
        String text = (String) received.get(0).getContent();
        assertThat(text)
                .contains("Nel monitoraggio di", "ci sono 2 avvisi")
                .contains("http://localhost:8080/budget-lines/" + scene.line2024() + "/spending")
                .contains("/districts/" + scene.district().slug() + "/monitoring");

        assertThat(digest.send(monday.plusDays(6)))
                .as("the week went out already")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Long.class, address))
                .isEqualTo(1);

        digest.send(monday.plusDays(7));
        assertThat(mail.awaitMessages(address, 2)).hasSize(2);
    }

    @Test
    void theYearsMonitoringReportIsWrittenFromTheDataAsPdfAAndFrozenByTheAdminIntoTheArchive() throws Exception {
        Scene scene = new SpendingScene(beans).create();
        ApiClient editor = fixtures.api(scene.district().editor());
        long commitment = commit(editor, scene, scene.line2024(), "10000.00");
        pay(editor, commitment, "8000.00");

        byte[] pdf = fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/monitoring-report.pdf?year=2024", scene.plan())
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Pdfs.assertPdfA(pdf);
        assertThat(Pdfs.text(pdf))
                .contains(
                        "Relazione di monitoraggio 2024",
                        "Stanziati 10.000,00 €, impegnati 10.000,00 €, pagati 8.000,00 €.",
                        "Anziani: stanziati 10.000,00 €, pagati 8.000,00 €",
                        "Assistenza domiciliare",
                        "Obiettivo: Restare a casa")
                .doesNotContain("Cooperativa Il Faro", "2025");
        fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/monitoring-report.pdf?year=2031", scene.plan())
                .andExpect(status().isUnprocessableContent());

        fixtures.api(scene.district().editor())
                .post("/api/v1/plans/{id}/monitoring-reports/{year}", "", scene.plan(), 2024)
                .andExpect(status().isForbidden());
        ApiClient admin = fixtures.api(scene.district().admin());
        String freeze = "/api/v1/plans/{id}/monitoring-reports/{year}";
        admin.post(freeze, "", scene.plan(), 2024).andExpect(status().isCreated());
        pay(editor, commitment, "1000.00");
        admin.post(freeze, "", scene.plan(), 2024).andExpect(status().isCreated());
        assertThat(jdbc.queryForList(
                        "select version from archived_document where kind = 'MONITORING_REPORT' and series = ?"
                                + " order by version",
                        Integer.class,
                        "monitoring-report:" + scene.plan() + ":2024"))
                .as("a second freeze is the next version")
                .containsExactly(1, 2);

        long draft = fixtures.plan(scene.district(), 2027, 2029);
        fixtures.api(scene.district().admin())
                .post("/api/v1/plans/{id}/monitoring-reports/{year}", "", draft, 2027)
                .andExpect(status().isConflict());
    }

    @Test
    void thePublicStateOfImplementationShowsTheFiguresAndNoOneByName() throws Exception {
        Scene scene = new SpendingScene(beans).create();
        ApiClient editor = fixtures.api(scene.district().editor());
        pay(editor, commit(editor, scene, scene.line2024(), "10000.00"), "8000.00");

        Document page = new WebClient(mvc).open("/plans/" + scene.plan() + "/attuazione");
        assertThat(page.select("main h1").text()).isEqualTo("Stato di attuazione");
        assertThat(page.select("main p.lead").text())
                .isEqualTo("Stanziati 15.000,00 €, impegnati 10.000,00 €, pagati 8.000,00 €.");
        assertThat(page.select("main table caption").eachText())
                .contains("Pagato su stanziato, per area e anno")
                .anySatisfy(caption -> assertThat(caption).startsWith("Stanziato, impegnato e pagato per anno – "));
        assertThat(page.select("main table").first().select("tbody tr").eachText())
                .containsExactly(
                        "2024 10.000,00 € 10.000,00 € 8.000,00 € 80,0 %", "2025 5.000,00 € 0,00 € 0,00 € 0,0 %");
        assertThat(page.select("main figure[role=img]")).hasSize(3);
        assertThat(page.text()).doesNotContain("Cooperativa Il Faro", "Determina 12/2024", "Mandato 7");

        Document intervention =
                new WebClient(mvc).open("/plans/" + scene.plan() + "/interventions/" + scene.intervention());
        assertThat(intervention.select("#intervention-money + div tbody tr").eachText())
                .containsExactly(
                        "2024 Fondo nazionale per le politiche sociali (FNPS) 10.000,00 € 10.000,00 € 8.000,00 €",
                        "2025 Fondo nazionale per le politiche sociali (FNPS) 5.000,00 € 0,00 € 0,00 €");

        Document english = new WebClient(mvc).open("/plans/" + scene.plan() + "/attuazione?lang=en");
        assertThat(english.select("main h1").text()).isEqualTo("State of implementation");
    }
}

package it.zona.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.spending.SpendingScene.Scene;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.TestCalendar;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The reporting of a plan's fund annualities: their money as the ledger sums it, the deadline and
 * the report the office records, and the alert that a deadline near or past with money unpaid
 * raises until the report is sent.
 */
@ZonaIntegrationTest
class FundReportingTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext beans;

    private static String reporting(LocalDate deadline, LocalDate reportedOn, String act, long version) {
        return "{\"reportingDeadline\":%s,\"reportedOn\":%s,\"reportAct\":%s,\"version\":%d}"
                .formatted(quoted(deadline), quoted(reportedOn), act == null ? "null" : "\"" + act + "\"", version);
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private List<String> fundAlerts(ApiClient reader, Scene scene) throws Exception {
        List<String> found = new ArrayList<>();
        reader.read(reader.get(
                                "/api/v1/districts/{slug}/alerts",
                                scene.district().slug())
                        .andExpect(status().isOk()))
                .forEach(a -> {
                    if (a.get("kind").asString().startsWith("FUND_")) {
                        found.add(a.get("kind").asString() + " " + a.get("link").asString() + " "
                                + a.get("message").asString());
                    }
                });
        return found;
    }

    @Test
    void anAnnualitysDeadlineRaisesAnAlertUntilItsReportIsSent() throws Exception {
        Scene scene = new SpendingScene(beans).create();
        ApiClient editor = fixtures.api(scene.district().editor());
        ApiClient viewer = fixtures.api(scene.district().viewer());
        long commitment = editor.read(editor.post(
                                "/api/v1/budget-lines/{id}/commitments",
                                """
                                {"actNumber":"Determina 12/2024","actDate":"2024-03-01","amount":8000.00,"organizationId":%d}""".formatted(scene.cooperative()),
                                scene.line2024())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        editor.post(
                        "/api/v1/commitments/{id}/payments",
                        "{\"date\":\"2024-11-30\",\"amount\":3000.00,\"number\":\"Mandato 7\"}",
                        commitment)
                .andExpect(status().isCreated());

        JsonNode list = viewer.read(
                viewer.get("/api/v1/plans/{id}/fund-annualities", scene.plan()).andExpect(status().isOk()));
        assertThat(list).hasSize(2);
        JsonNode fnps2024 = list.get(0);
        assertThat(fnps2024.get("year").asInt()).isEqualTo(2024);
        assertThat(fnps2024.get("figures").get("allowance").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(fnps2024.get("figures").get("paid").decimalValue()).isEqualByComparingTo("3000.00");
        assertThat(fnps2024.get("unpaid").decimalValue()).isEqualByComparingTo("7000.00");
        assertThat(fnps2024.get("version").asLong()).isEqualTo(SpendingLedger.NOT_SET);
        String one = "/api/v1/plans/{id}/fund-annualities/{source}/{year}";

        LocalDate today = TestCalendar.today();
        viewer.put(one, reporting(today.plusDays(30), null, null, -1), scene.plan(), scene.fnps(), 2024)
                .andExpect(status().isForbidden());
        editor.put(one, reporting(today.plusDays(30), null, null, -1), scene.plan(), scene.fnps(), 2026)
                .andExpect(status().isNotFound());
        editor.put(one, reporting(today.plusDays(30), today.plusDays(1), null, -1), scene.plan(), scene.fnps(), 2024)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reportedOn"));
        editor.put(one, reporting(today.plusDays(30), null, "Nota 12", -1), scene.plan(), scene.fnps(), 2024)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reportedOn"));
        assertThat(fundAlerts(viewer, scene)).isEmpty();

        editor.put(one, reporting(today.plusDays(30), null, null, -1), scene.plan(), scene.fnps(), 2024)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));
        assertThat(fundAlerts(viewer, scene))
                .containsExactly("FUND_DEADLINE_NEAR /plans/" + scene.plan() + "/funds/" + scene.fnps()
                        + "/2024 Fondo nazionale per le politiche sociali (FNPS) 2024: restano da pagare 7.000,00 € e"
                        + " la rendicontazione scade il "
                        + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.plusDays(30)) + " (tra 30 giorni).");
        editor.put(one, reporting(today.minusDays(2), null, null, -1), scene.plan(), scene.fnps(), 2024)
                .andExpect(status().isConflict());
        editor.put(one, reporting(today.minusDays(2), null, null, 0), scene.plan(), scene.fnps(), 2024)
                .andExpect(status().isOk());
        assertThat(fundAlerts(viewer, scene)).singleElement().asString().startsWith("FUND_DEADLINE_PASSED ");

        JsonNode recorded =
                viewer.read(viewer.get(one, scene.plan(), scene.fnps(), 2024).andExpect(status().isOk()));
        editor.put(
                        one,
                        reporting(
                                today.minusDays(2),
                                today,
                                "Nota prot. 4521",
                                recorded.get("version").asLong()),
                        scene.plan(),
                        scene.fnps(),
                        2024)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportAct").value("Nota prot. 4521"));
        assertThat(fundAlerts(viewer, scene)).isEmpty();

        fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/fund-annualities", scene.plan())
                .andExpect(status().isUnauthorized());
        fixtures.api(fixtures.district().viewer())
                .get("/api/v1/plans/{id}/fund-annualities", scene.plan())
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficeRecordsTheReportOnItsPageAndAWrongDayIsAFieldError() throws Exception {
        Scene scene = new SpendingScene(beans).create();
        WebClient editor = fixtures.signIn(scene.district().editor());
        String page = "/plans/" + scene.plan() + "/funds/" + scene.fnps() + "/2025";
        Document list = editor.open("/plans/" + scene.plan() + "/funds");
        assertThat(list.select("main table tbody tr")).hasSize(2);
        assertThat(list.select("main table a").eachAttr("href")).contains(page);

        Document form = editor.open(page);
        Document refused = WebClient.html(editor.submit(form, "main form", Map.of("reportingDeadline", "2026-02-30")));
        assertThat(refused.select("#reporting-reportingDeadline-error").text()).isNotBlank();

        editor.submit(form, "main form", Map.of("reportingDeadline", "2026-06-30"));
        Document after = editor.open("/plans/" + scene.plan() + "/funds");
        assertThat(after.select("main table tbody tr").get(1).text()).contains("30/06/2026", "Non ancora inviata");

        Document readOnly = fixtures.signIn(scene.district().viewer()).open(page);
        assertThat(readOnly.select("main form[method=post]")).isEmpty();
        assertThat(readOnly.select("main dl").text()).contains("30/06/2026");
    }
}

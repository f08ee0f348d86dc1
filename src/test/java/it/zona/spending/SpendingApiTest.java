package it.zona.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.plan.PlanChange;
import it.zona.spending.SpendingScene.Scene;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@ZonaIntegrationTest
class SpendingApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext beans;

    @Autowired
    MockMvc mvc;

    private SpendingScene scenes;

    @BeforeEach
    void scenes() {
        scenes = new SpendingScene(beans);
    }

    private static String commitment(Scene scene, String amount) {
        return """
                {"actNumber":"Determina 12/2024","actDate":"2024-03-01","amount":%s,"organizationId":%d,
                 "cig":"z2a3b4c5d6","cup":"J51B21000520006","description":"Assistenza domiciliare, primo semestre"}""".formatted(amount, scene.cooperative());
    }

    private static String payment(String date, String amount) {
        return "{\"date\":\"%s\",\"amount\":%s,\"number\":\"Mandato 7\"}".formatted(date, amount);
    }

    private static String correction(String date, String amount, String reason) {
        return "{\"date\":\"%s\",\"amount\":%s,\"reason\":\"%s\"}".formatted(date, amount, reason);
    }

    private long commit(ApiClient editor, Scene scene, String amount) throws Exception {
        return editor.read(editor.post(
                                "/api/v1/budget-lines/{id}/commitments", commitment(scene, amount), scene.line2024())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    @Test
    void commitmentsFitTheLinesPlannedAmountUnlessAVariationRaisesIt() throws Exception {
        Scene scene = scenes.create();
        ApiClient editor = fixtures.api(scene.district().editor());
        String commitments = "/api/v1/budget-lines/{id}/commitments";

        long id = editor.read(editor.post(commitments, commitment(scene, "9000.00"), scene.line2024())
                        .andExpect(status().isCreated())
                        .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/commitments/")))
                        .andExpect(jsonPath("$.amount").value(9000.00))
                        .andExpect(jsonPath("$.residue").value(9000.00))
                        .andExpect(jsonPath("$.cig").value("Z2A3B4C5D6"))
                        .andExpect(jsonPath("$.beneficiary.name").value("Cooperativa Il Faro"))
                        .andExpect(jsonPath("$.recordedBy")
                                .value(scene.district().editor().username())))
                .get("id")
                .asLong();

        editor.post(commitments, commitment(scene, "1000.01"), scene.line2024())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.detail").value(containsString("variazione di bilancio")))
                .andExpect(jsonPath("$.detail").value(containsString("di 0,01 €")));
        editor.post(commitments, commitment(scene, "1000.00"), scene.line2024()).andExpect(status().isCreated());

        editor.post("/api/v1/budget-lines/{id}/variations", """
                        {"actNumber":"Delibera CI 4/2024","actDate":"2024-06-10","amount":2500,
                         "reason":"Maggiori ore di assistenza"}""", scene.line2024())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.netAmount").value(2500.00));
        editor.post(commitments, commitment(scene, "2500.00"), scene.line2024()).andExpect(status().isCreated());
        editor.post(commitments, commitment(scene, "0.01"), scene.line2024())
                .andExpect(status().isUnprocessableContent());

        fixtures.api(scene.district().viewer())
                .get("/api/v1/budget-lines/{id}/spending", scene.line2024())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.planned").value(10000.00))
                .andExpect(jsonPath("$.figures.variations").value(2500.00))
                .andExpect(jsonPath("$.figures.allowance").value(12500.00))
                .andExpect(jsonPath("$.figures.committed").value(12500.00))
                .andExpect(jsonPath("$.figures.available").value(0))
                .andExpect(jsonPath("$.line.intervention").value("Assistenza domiciliare"));
        fixtures.api(scene.district().viewer())
                .get(commitments + "?size=2", scene.line2024())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void paymentsNeverExceedTheirCommitmentNetOfDecommitments() throws Exception {
        Scene scene = scenes.create();
        ApiClient editor = fixtures.api(scene.district().editor());
        long commitment = commit(editor, scene, "1000.00");
        String payments = "/api/v1/commitments/{id}/payments";

        editor.post(payments, payment("2024-04-30", "600.00"), commitment).andExpect(status().isCreated());
        editor.post(
                        "/api/v1/commitments/{id}/decommitments",
                        "{\"actNumber\":\"Determina 40/2024\",\"actDate\":\"2024-12-20\",\"amount\":300,"
                                + "\"reason\":\"Economia di fine anno\"}",
                        commitment)
                .andExpect(status().isCreated());
        editor.post(payments, payment("2024-12-30", "100.01"), commitment)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.detail").value(containsString("100,00 €")));
        editor.post(payments, payment("2024-12-30", "100.00"), commitment).andExpect(status().isCreated());
        editor.post(payments, payment("2024-12-31", "0.01"), commitment).andExpect(status().isUnprocessableContent());
        editor.post(
                        "/api/v1/commitments/{id}/decommitments",
                        "{\"actNumber\":\"Determina 41/2024\",\"actDate\":\"2024-12-31\",\"amount\":0.01}",
                        commitment)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        editor.post(payments, payment("2024-02-29", "1"), commitment)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.detail").value(containsString("01/03/2024")));

        fixtures.api(scene.district().viewer())
                .get("/api/v1/commitments/{id}", commitment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.netAmount").value(1000.00))
                .andExpect(jsonPath("$.decommitted").value(300.00))
                .andExpect(jsonPath("$.paid").value(700.00))
                .andExpect(jsonPath("$.residue").value(0));
        fixtures.api(scene.district().viewer())
                .get(payments, commitment)
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].amount").value(600.00));
        fixtures.api(scene.district().viewer())
                .get("/api/v1/budget-lines/{id}/spending", scene.line2024())
                .andExpect(jsonPath("$.figures.committed").value(700.00))
                .andExpect(jsonPath("$.figures.decommitted").value(300.00))
                .andExpect(jsonPath("$.figures.paid").value(700.00))
                .andExpect(jsonPath("$.figures.residue").value(0))
                .andExpect(jsonPath("$.figures.available").value(9300.00));
    }

    @Test
    void aCorrectionIsANewEntryThatNamesTheCorrectedOneWhichNeverChanges() throws Exception {
        Scene scene = scenes.create();
        ApiClient editor = fixtures.api(scene.district().editor());
        long commitment = commit(editor, scene, "1000.00");
        long payment = editor.read(
                        editor.post("/api/v1/commitments/{id}/payments", payment("2024-05-02", "400.00"), commitment)
                                .andExpect(status().isCreated()))
                .get("id")
                .asLong();

        JsonNode corrected = editor.read(editor.post(
                        "/api/v1/payments/{id}/corrections",
                        correction("2024-05-10", "-40.00", "Importo digitato male: 360,00"),
                        payment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(400.00))
                .andExpect(jsonPath("$.netAmount").value(360.00))
                .andExpect(jsonPath("$.corrections[0].amount").value(-40.00))
                .andExpect(jsonPath("$.corrections[0].reason").value("Importo digitato male: 360,00")));
        long correctionId = corrected.get("corrections").get(0).get("id").asLong();

        // Past zero, before the payment, without a reason, on the correction itself: refused.
        editor.post("/api/v1/payments/{id}/corrections", correction("2024-05-10", "-360.01", "Storno"), payment)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("oltre lo zero")));
        editor.post("/api/v1/payments/{id}/corrections", correction("2024-05-01", "-1", "Storno"), payment)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        editor.post("/api/v1/payments/{id}/corrections", correction("2024-05-10", "-1", " "), payment)
                .andExpect(status().isBadRequest());
        editor.post("/api/v1/payments/{id}/corrections", correction("2024-05-10", "-1", "Storno"), correctionId)
                .andExpect(status().isUnprocessableContent());
        fixtures.api(scene.district().viewer())
                .get("/api/v1/payments/{id}", correctionId)
                .andExpect(status().isNotFound());

        // Upwards, a correction must fit in the commitment as a new payment would.
        editor.post("/api/v1/payments/{id}/corrections", correction("2024-05-11", "640.01", "Saldo"), payment)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("supera quanto resta")));
        editor.post("/api/v1/payments/{id}/corrections", correction("2024-05-11", "640.00", "Saldo"), payment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.netAmount").value(1000.00));

        // A commitment corrected below what was paid is refused; reversing the payment first lets it go.
        editor.post(
                        "/api/v1/commitments/{id}/corrections",
                        correction("2024-06-01", "-1000.00", "Impegno registrato per errore"),
                        commitment)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("già pagato")));
        editor.post("/api/v1/payments/{id}/corrections", correction("2024-06-01", "-1000.00", "Storno"), payment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.netAmount").value(0));
        editor.post(
                        "/api/v1/commitments/{id}/corrections",
                        correction("2024-06-01", "-1000.00", "Impegno registrato per errore"),
                        commitment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(1000.00))
                .andExpect(jsonPath("$.netAmount").value(0))
                .andExpect(jsonPath("$.corrections.length()").value(1));
        // Upwards, a commitment's correction must fit in the line.
        editor.post(
                        "/api/v1/commitments/{id}/corrections",
                        correction("2024-06-02", "10000.01", "Importo corretto"),
                        commitment)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("variazione di bilancio")));

        fixtures.api(scene.district().admin())
                .get(
                        "/api/v1/districts/{slug}/audit?entity=Payment",
                        scene.district().slug())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("UPDATED"))
                .andExpect(jsonPath("$.items[0].reason").value("Storno"));
        assertRunningSumsAreTheLedgers(scene);
    }

    @Test
    void twoPaymentsAtOnceCannotTogetherExceedTheirCommitment() throws Exception {
        Scene scene = scenes.create();
        ApiClient editor = fixtures.api(scene.district().editor());
        long commitment = commit(editor, scene, "1000.00");

        List<Integer> statuses = parallel(
                8,
                () -> editor.post("/api/v1/commitments/{id}/payments", payment("2024-05-02", "150.00"), commitment)
                        .andReturn()
                        .getResponse()
                        .getStatus());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(6);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(2);
        editor.get("/api/v1/commitments/{id}", commitment)
                .andExpect(jsonPath("$.paid").value(900.00))
                .andExpect(jsonPath("$.residue").value(100.00));
        assertRunningSumsAreTheLedgers(scene);
    }

    /**
     * The lines' running sums, which the plan's figures as they stand read, say what the ledger
     * itself sums to, line by line and kind by kind.
     */
    private void assertRunningSumsAreTheLedgers(Scene scene) {
        JdbcTemplate jdbc = beans.getBean(JdbcTemplate.class);
        String ledger = "select budget_line_id, kind, sum(amount) as amount from spending_entry where plan_id = ?"
                + " group by budget_line_id, kind order by budget_line_id, kind";
        String running = "select budget_line_id, kind, amount from spending_total where plan_id = ?"
                + " order by budget_line_id, kind";
        List<String> fromLedger = jdbc.query(
                ledger,
                (rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " "
                        + rs.getBigDecimal(3).setScale(2),
                scene.plan());
        assertThat(fromLedger).isNotEmpty();
        assertThat(jdbc.query(
                        running,
                        (rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " "
                                + rs.getBigDecimal(3).setScale(2),
                        scene.plan()))
                .isEqualTo(fromLedger);
    }

    @Test
    void twoCommitmentsAtOnceCannotTogetherExceedTheLine() throws Exception {
        Scene scene = scenes.create();
        ApiClient editor = fixtures.api(scene.district().editor());

        List<Integer> statuses = parallel(
                6,
                () -> editor.post(
                                "/api/v1/budget-lines/{id}/commitments", commitment(scene, "3000.00"), scene.line2024())
                        .andReturn()
                        .getResponse()
                        .getStatus());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(3);
        editor.get("/api/v1/budget-lines/{id}/spending", scene.line2024())
                .andExpect(jsonPath("$.figures.committed").value(9000.00));
        assertRunningSumsAreTheLedgers(scene);
    }

    /** Runs the call {@code count} times at once, from as many threads released together. */
    private static List<Integer> parallel(int count, Callable<Integer> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theCodesOfACommitmentAreCheckedAndItsBeneficiaryIsTheDistricts() throws Exception {
        Scene scene = scenes.create();
        ApiClient editor = fixtures.api(scene.district().editor());
        String commitments = "/api/v1/budget-lines/{id}/commitments";

        editor.post(commitments, commitment(scene, "10").replace("z2a3b4c5d6", "Z2A3B4"), scene.line2024())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cig"));
        editor.post(
                        commitments,
                        commitment(scene, "10").replace("J51B21000520006", "J51B2100052000X"),
                        scene.line2024())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cup"));
        long foreign = scenes.organization(fixtures.district(), "Altro ente", SpendingScene.taxCode());
        editor.post(
                        commitments,
                        commitment(scene, "10")
                                .replace("\"organizationId\":" + scene.cooperative(), "\"organizationId\":" + foreign),
                        scene.line2024())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organizationId"));
        editor.post(commitments, commitment(scene, "10").replace("2024-03-01", "2027-01-01"), scene.line2024())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("actDate"));
        editor.post(commitments, commitment(scene, "10.001"), scene.line2024())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        editor.post(
                        commitments,
                        commitment(scene, "10").replace("\"actNumber\":\"Determina 12/2024\",", ""),
                        scene.line2024())
                .andExpect(status().isBadRequest());
        editor.post(
                        commitments,
                        commitment(scene, "10").replace("\"cig\":\"z2a3b4c5d6\",\"cup\":\"J51B21000520006\",", ""),
                        scene.line2024())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cig").isEmpty());
    }

    @Test
    void aPlanNotYetApprovedTakesNoSpending() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        var content = beans.getBean(it.zona.support.PlanFixtures.class);
        long objective = content.objective(
                district, plan, content.area(district, plan, "Anziani").id(), "Obiettivo");
        long intervention = content.intervention(district, plan, objective, "Servizio", 2024, 2024);
        long line = scenes.line(district, plan, intervention, 2024, scenes.source(district, "FNPS"), "100");
        long organization = scenes.organization(district, "Ente", SpendingScene.taxCode());

        fixtures.api(district.editor())
                .post(
                        "/api/v1/budget-lines/{id}/commitments",
                        ("{\"actNumber\":\"1\",\"actDate\":\"2024-01-10\",\"amount\":10,\"organizationId\":%d}")
                                .formatted(organization),
                        line)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("non è ancora approvato")));
    }

    @Test
    void aLineWithSpendingStaysAndSoDoesItsBeneficiary() throws Exception {
        Scene scene = scenes.create();
        ApiClient editor = fixtures.api(scene.district().editor());
        commit(editor, scene, "100.00");
        ApiClient admin = fixtures.api(scene.district().admin());

        mvc.perform(delete("/api/v1/plans/{p}/budget-lines/{l}", scene.plan(), scene.line2024())
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                scene.district().admin().bearer())
                        .header(PlanChange.REASON_HEADER, "Riga sbagliata"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1 voce di spesa registrata")));
        admin.delete(
                        "/api/v1/districts/{slug}/organizations/{id}",
                        scene.district().slug(),
                        scene.cooperative())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1 impegno di spesa")));
    }

    @Test
    void thePlansSpendingAddsUpByYearSourceAndAreaAndAsOfADay() throws Exception {
        Scene scene = scenes.create();
        ApiClient editor = fixtures.api(scene.district().editor());
        long commitment = commit(editor, scene, "4000.00");
        editor.post("/api/v1/commitments/{id}/payments", payment("2024-05-02", "1000.00"), commitment)
                .andExpect(status().isCreated());
        editor.post("/api/v1/commitments/{id}/payments", payment("2024-11-02", "500.00"), commitment)
                .andExpect(status().isCreated());

        ApiClient viewer = fixtures.api(scene.district().viewer());
        viewer.get("/api/v1/plans/{id}/spending", scene.plan())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.planned").value(15000.00))
                .andExpect(jsonPath("$.total.committed").value(4000.00))
                .andExpect(jsonPath("$.total.paid").value(1500.00))
                .andExpect(jsonPath("$.byYear[0].year").value(2024))
                .andExpect(jsonPath("$.byYear[0].figures.residue").value(2500.00))
                .andExpect(jsonPath("$.byYear[1].figures.paid").value(0))
                .andExpect(jsonPath("$.bySource[0].name").value("Fondo nazionale per le politiche sociali (FNPS)"))
                .andExpect(jsonPath("$.byArea[0].name").value("Anziani"))
                .andExpect(jsonPath("$.byYearAndSource.length()").value(2))
                .andExpect(jsonPath("$.lines.length()").value(2));
        viewer.get("/api/v1/plans/{id}/spending?asOf=2024-06-30", scene.plan())
                .andExpect(jsonPath("$.total.paid").value(1000.00))
                .andExpect(jsonPath("$.asOf").value("2024-06-30"));
        fixtures.anonymousApi().get("/api/v1/plans/{id}/spending", scene.plan()).andExpect(status().isUnauthorized());
        fixtures.api(fixtures.district().editor())
                .get("/api/v1/plans/{id}/spending", scene.plan())
                .andExpect(status().isForbidden());
    }

    @Test
    void aLinesAccountingCodeIsUniqueAmongTheLinesOfItsYear() throws Exception {
        Scene scene = scenes.create();
        ApiClient editor = fixtures.api(scene.district().editor());
        String code = "/api/v1/budget-lines/{id}/accounting-code";

        editor.get(code, scene.line2024())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(-1));
        editor.put(code, "{\"code\":\"12041.03.0100\"}", scene.line2024()).andExpect(status().isPreconditionRequired());
        editor.put(code, "{\"code\":\" 12041.03.0100 \",\"version\":-1}", scene.line2024())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("12041.03.0100"));
        // Another year may use the same chapter.
        editor.put(code, "{\"code\":\"12041.03.0100\",\"version\":-1}", scene.line2025())
                .andExpect(status().isOk());
        long other = scenes.lineOfApprovedPlan(
                scene.district(),
                scene.plan(),
                scene.intervention(),
                2024,
                scenes.source(scene.district(), "FNA"),
                "1");
        editor.put(code, "{\"code\":\"12041.03.0100\",\"version\":-1}", other).andExpect(status().isConflict());
    }
}

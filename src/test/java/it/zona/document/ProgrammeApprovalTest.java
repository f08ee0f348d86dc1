package it.zona.document;

import static it.zona.support.Pdfs.assertPdfA;
import static it.zona.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.budget.BudgetLineForm;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.FundingSourceRegistry;
import it.zona.budget.ProfessionalRole;
import it.zona.budget.StaffingForm;
import it.zona.budget.StaffingRegistry;
import it.zona.programme.ObjectiveForm;
import it.zona.programme.ObjectiveKind;
import it.zona.programme.ObjectiveRegistry;
import it.zona.shared.Digests;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.TestCalendar;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Each year's programme approved by an act and frozen as an official version: the PDF/A tells that
 * year only, the rules refuse what an office could get wrong, and the archive keeps it.
 */
@ZonaIntegrationTest
class ProgrammeApprovalTest {

    private static final String APPROVALS = "/api/v1/plans/{id}/years/{year}/approvals";

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    ObjectiveRegistry objectives;

    @Autowired
    BudgetRegistry budget;

    @Autowired
    StaffingRegistry staffing;

    @Autowired
    FundingSourceRegistry sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    /** A plan 2027-2029: home care all three years, money in 2027 and 2028, objectives and staff by year. */
    private record Scene(TestDistrict district, long plan) {}

    private Scene scene(boolean approved) {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long area = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, area, "Restare a casa propria");
        long intervention =
                content.intervention(district, plan, objective, "Assistenza domiciliare integrata", 2027, 2029);
        content.intervention(district, plan, objective, "Centro diurno sperimentale", 2027, 2027);
        fixtures.as(district.editor().username(), () -> {
            for (int year : List.of(2027, 2028)) {
                objectives.create(
                        plan,
                        new ObjectiveForm(
                                ObjectiveKind.SPECIFIC,
                                area,
                                objective,
                                year,
                                "Cento anziani seguiti a casa nel " + year,
                                null,
                                List.of(),
                                null),
                        null);
            }
            budget.create(
                    plan,
                    new BudgetLineForm(
                            intervention, 2027, source(district, "FNPS"), new BigDecimal("12345.67"), null, null),
                    null);
            budget.create(
                    plan,
                    new BudgetLineForm(
                            intervention, 2028, source(district, "MUNICIPAL"), new BigDecimal("8000.00"), null, null),
                    null);
            staffing.create(
                    plan,
                    new StaffingForm(
                            2028, ProfessionalRole.SOCIAL_WORKER, null, new BigDecimal("2.50"), null, null, null),
                    null);
            return null;
        });
        if (approved) {
            fixtures.approve(district, plan);
        }
        return new Scene(district, plan);
    }

    private long source(TestDistrict district, String code) {
        return sources.list(district.slug()).stream()
                .filter(s -> code.equals(s.code()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String approval(String day, String act) {
        return """
                {"approvedOn":"%s","act":"%s"}""".formatted(day, act);
    }

    @Test
    void anActApprovesTheYearsProgrammeWhichIsFrozenAsPdfAOfThatYearOnly() throws Exception {
        Scene scene = scene(true);
        ApiClient admin = fixtures.api(scene.district().admin());

        JsonNode approved = admin.read(admin.post(
                        APPROVALS,
                        approval("2026-02-03", "Decreto del Commissario n. 4 del 02/02/2026"),
                        scene.plan(),
                        2028)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/documents/"))));

        assertThat(approved.get("kind").asString()).isEqualTo("ANNUAL_PROGRAMME");
        assertThat(approved.get("year").asInt()).isEqualTo(2028);
        assertThat(approved.get("approvedOn").asString()).isEqualTo("2026-02-03");
        assertThat(approved.get("act").asString()).isEqualTo("Decreto del Commissario n. 4 del 02/02/2026");
        assertThat(approved.get("actLink").isNull()).isTrue();
        assertThat(approved.get("fileName").asString())
                .isEqualTo("programma-attuativo-" + scene.district().slug() + "-2028.pdf");
        byte[] pdf = fixtures.anonymousApi()
                .get("/api/v1/documents/{id}/content", approved.get("id").asLong())
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Digests.sha256Hex(pdf)).isEqualTo(approved.get("sha256").asString());
        assertPdfA(pdf);
        String text = text(pdf);
        assertThat(text)
                .contains("Programma attuativo 2028", scene.district().name())
                .contains("Decreto del Commissario n. 4 del 02/02/2026", "03/02/2026")
                .contains("Assistenza domiciliare integrata", "8.000,00 €", "Cento anziani seguiti a casa nel 2028")
                .contains("Assistente sociale", "2,50")
                .doesNotContain("12.345,67", "Centro diurno sperimentale", "nel 2027");

        JsonNode versions = fixtures.anonymousApi().read(fixtures.anonymousApi().get(APPROVALS, scene.plan(), 2028));
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("frozenBy").isNull())
                .as("who froze it is for staff")
                .isTrue();
        assertThat(fixtures.anonymousApi().read(fixtures.anonymousApi().get(APPROVALS, scene.plan(), 2027)))
                .isEmpty();
        JsonNode archived = fixtures.anonymousApi()
                .read(fixtures.anonymousApi()
                        .get(
                                "/api/v1/districts/{slug}/official-documents?kind=ANNUAL_PROGRAMME",
                                scene.district().slug()));
        assertThat(archived.get("totalItems").asLong()).isEqualTo(1);
        assertThat(archived.get("items").get(0).get("sha256").asString())
                .isEqualTo(approved.get("sha256").asString());
        assertThat(archived.get("items").get(0).get("page").asString())
                .isEqualTo("/plans/" + scene.plan() + "/programme/2028/approval");
    }

    @Test
    void aRevisedProgrammeIsApprovedByANewActAsANewVersionInForce() throws Exception {
        Scene scene = scene(true);
        ApiClient admin = fixtures.api(scene.district().admin());
        admin.post(APPROVALS, approval("2026-02-03", "Decreto n. 4"), scene.plan(), 2027)
                .andExpect(status().isCreated());

        admin.post(APPROVALS, approval("2026-03-01", "Decreto n. 4"), scene.plan(), 2027)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("act"));
        admin.post(APPROVALS, approval("2026-02-01", "Decreto n. 9"), scene.plan(), 2027)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("approvedOn"));
        admin.post(APPROVALS, approval("2026-05-20", "Decreto n. 9"), scene.plan(), 2027)
                .andExpect(status().isCreated());

        JsonNode versions = admin.read(admin.get(APPROVALS, scene.plan(), 2027));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("act").asString()).isEqualTo("Decreto n. 9");
        assertThat(versions.get(0).get("frozenBy").asString())
                .isEqualTo(scene.district().admin().username());
        assertThat(versions.get(1).get("act").asString()).isEqualTo("Decreto n. 4");
    }

    @Test
    void whatAnOfficeCouldGetWrongIsRefusedWithItsReasonAndNothingIsFrozen() throws Exception {
        Scene draft = scene(false);
        ApiClient draftAdmin = fixtures.api(draft.district().admin());
        draftAdmin
                .post(APPROVALS, approval("2026-02-03", "Decreto n. 1"), draft.plan(), 2027)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Sindaci")));

        Scene scene = scene(true);
        ApiClient admin = fixtures.api(scene.district().admin());
        fixtures.api(scene.district().editor())
                .post(APPROVALS, approval("2026-02-03", "Decreto n. 1"), scene.plan(), 2027)
                .andExpect(status().isForbidden());
        fixtures.api(fixtures.district().admin())
                .post(APPROVALS, approval("2026-02-03", "Decreto n. 1"), scene.plan(), 2027)
                .andExpect(status().isForbidden());
        fixtures.anonymousApi()
                .post(APPROVALS, approval("2026-02-03", "Decreto n. 1"), scene.plan(), 2027)
                .andExpect(status().isUnauthorized());
        admin.post(APPROVALS, "{\"approvedOn\":\"2026-02-03\"}", scene.plan(), 2027)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("actLink"));
        admin.post(
                        APPROVALS,
                        "{\"approvedOn\":\"2026-02-03\",\"act\":\"Decreto\",\"actLink\":\"/resolutions/1\"}",
                        scene.plan(),
                        2027)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("actLink"));
        admin.post(APPROVALS, approval(TestCalendar.today().plusDays(1).toString(), "Decreto"), scene.plan(), 2027)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("approvedOn"));
        admin.post(APPROVALS, approval("2026-01-09", "Decreto"), scene.plan(), 2027)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("approvedOn"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("prima del piano")));
        admin.post(APPROVALS, approval("03/02/2026", "Decreto"), scene.plan(), 2027)
                .andExpect(status().isBadRequest());
        admin.post(APPROVALS, approval("2026-02-03", "Decreto"), scene.plan(), 2031)
                .andExpect(status().isNotFound());
        admin.post("/api/v1/plans/{id}/documents", "{\"kind\":\"ANNUAL_PROGRAMME\",\"act\":\"Decreto\"}", scene.plan())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        admin.get("/api/v1/plans/{id}/years/{year}/acts", scene.plan(), 2031)
                .andExpect(status().isUnprocessableContent());
        fixtures.api(scene.district().editor())
                .get("/api/v1/plans/{id}/years/{year}/acts", scene.plan(), 2027)
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject(
                        "select count(*) from official_document where plan_id in (?, ?)",
                        Long.class,
                        draft.plan(),
                        scene.plan()))
                .isZero();
    }

    @Test
    void thePageShowsTheApprovalToEveryoneAndTheFormToAdminsWithErrorsNextToTheirField() throws Exception {
        Scene scene = scene(true);
        String url = "/plans/" + scene.plan() + "/programme/2027/approval";
        WebClient admin = fixtures.signIn(scene.district().admin());
        Document programmePage = admin.open("/plans/" + scene.plan() + "/programme/2027");
        assertThat(programmePage.select("main a[href='" + url + "']")).isNotEmpty();
        Document page = admin.open(url);
        assertThat(page.select("main p").text()).contains("non è ancora stato approvato");

        Document refused = WebClient.html(admin.submit(page, "main form", Map.of("approvedOn", "2026-02-03")));
        assertThat(refused.select("#actLink-error").text()).contains("Indica l’atto");
        Document badDate = WebClient.html(
                admin.submit(page, "main form", Map.of("approvedOn", "3 febbraio", "act", "Decreto n. 5")));
        assertThat(badDate.select("#approvedOn").attr("aria-invalid")).isEqualTo("true");
        assertThat(badDate.select("input[name=act]").val()).isEqualTo("Decreto n. 5");

        String redirect = admin.submit(page, "main form", Map.of("approvedOn", "2026-02-03", "act", "Decreto n. 5"))
                .getResponse()
                .getRedirectedUrl();
        Document approved = admin.open(redirect);
        assertThat(approved.select(".alert-success").text()).contains("Programma attuativo 2027");
        assertThat(approved.select(".callout").text()).contains("03/02/2026", "Decreto n. 5", "atto esterno");

        Document anonymous = new WebClient(mvc).open(url);
        assertThat(anonymous.select("main form")).isEmpty();
        assertThat(anonymous.select("tbody tr")).hasSize(1);
        assertThat(anonymous.select("tbody tr").text())
                .doesNotContain(scene.district().admin().username());
        Document english = new WebClient(mvc).open(url + "?lang=en");
        assertThat(english.select("h1").text()).isEqualTo("Approval of the yearly programme 2027");
    }
}

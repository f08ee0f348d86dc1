package it.zona.plan;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The plan's pages as the Ufficio di Piano and citizens use them, forms sent the way a browser sends them. */
@ZonaIntegrationTest
class PlanPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void anEditorCreatesAPlanFromTheListAndLandsOnItsPage() {
        TestDistrict district = fixtures.district();
        WebClient editor = fixtures.signIn(district.editor());
        Document list = editor.open("/districts/" + district.slug() + "/plans");
        assertThat(list.select("main p").text()).contains("Non ci sono ancora piani");
        String newPlan = list.select("main a:contains(Nuovo piano)").attr("href");

        MvcResult created = editor.submit(
                editor.open(newPlan),
                "main form",
                Map.of(
                        "title", "Piano sociale di zona 2027-2029",
                        "firstYear", "2027",
                        "lastYear", "2029",
                        "launchDate", "2026-09-24",
                        "launchPlace", "Castello Ducale di Corigliano"));

        String page = created.getResponse().getRedirectedUrl();
        assertThat(page).matches("/plans/\\d+");
        Document plan = editor.open(page);
        assertThat(plan.select("h1").text()).isEqualTo("Piano sociale di zona 2027-2029");
        assertThat(plan.select(".alert-success").text()).contains("è stato creato");
        assertThat(plan.select("main").text()).contains("24/09/2026", "Castello Ducale di Corigliano", "Riservato");
        assertThat(plan.select("table tbody tr")).hasSize(1);
        assertThat(plan.select("form[action$=/stage]"))
                .as("only admins move the plan")
                .isEmpty();
        assertThat(editor.open("/districts/" + district.slug() + "/plans")
                        .select("tbody th a")
                        .eachText())
                .containsExactly("Piano sociale di zona 2027-2029");
    }

    @Test
    void aWrongPlanFormComesBackWithItsErrorsAndTheTypedValues() {
        TestDistrict district = fixtures.district();
        WebClient editor = fixtures.signIn(district.editor());
        Document form = editor.open("/districts/" + district.slug() + "/plans/new");

        Document refused = html(editor.submit(
                form, "main form", Map.of("title", "Piano troppo lungo", "firstYear", "2027", "lastYear", "2032")));

        assertThat(refused.select("#lastYear-error").text()).isEqualTo("Un piano dura al massimo 5 anni.");
        assertThat(refused.select("#lastYear").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#title").val()).isEqualTo("Piano troppo lungo");
        assertThat(refused.select(".alert-danger")).isNotEmpty();
        assertThat(editor.open("/districts/" + district.slug() + "/plans").select("tbody tr"))
                .isEmpty();
    }

    @Test
    void theAdminRecordsTheNextStageWithItsActAndAWrongDateIsExplained() {
        TestDistrict district = fixtures.district();
        long id = fixtures.plan(district, 2027, 2029);
        WebClient admin = fixtures.signIn(district.admin());
        Document plan = admin.open("/plans/" + id);

        Document refused =
                html(admin.submit(plan, "form[action$=/stage]", Map.of("to", "TABLES", "decidedOn", "2999-01-01")));
        assertThat(refused.select("#decidedOn-error").text())
                .isEqualTo("La data della decisione non può essere futura.");

        MvcResult moved = admin.submit(
                admin.open("/plans/" + id),
                "form[action$=/stage]",
                Map.of("to", "TABLES", "decidedOn", "2026-10-01", "act", "Determina n. 12 del 01/10/2026"));
        Document after = admin.open(moved.getResponse().getRedirectedUrl());
        assertThat(after.select(".alert-success").text()).contains("Tavoli tematici");
        assertThat(after.select("table tbody tr").last().text())
                .contains(
                        "01/10/2026",
                        "Tavoli tematici",
                        "Determina n. 12 del 01/10/2026",
                        district.admin().username());
    }

    @Test
    void aFormReadBeforeSomeoneElseMovedThePlanIsRefusedInsteadOfOverwriting() {
        TestDistrict district = fixtures.district();
        long id = fixtures.plan(district, 2027, 2029);
        WebClient admin = fixtures.signIn(district.admin());
        Document stale = admin.open("/plans/" + id);
        admin.submit(stale, "form[action$=/stage]", Map.of("to", "TABLES", "decidedOn", "2026-10-01"));

        Document refused =
                html(admin.submit(stale, "form[action$=/stage]", Map.of("to", "DRAFTING", "decidedOn", "2026-10-02")));

        assertThat(refused.select(".alert-danger").text()).contains("modificati da qualcun altro");
        assertThat(refused.select("p .badge").first().text()).isEqualTo("Tavoli tematici");
    }

    @Test
    void changingAnApprovedPlanAsksTheAdminForAReason() {
        TestDistrict district = fixtures.district();
        long id = fixtures.plan(district, 2027, 2029);
        fixtures.approve(district, id);
        WebClient admin = fixtures.signIn(district.admin());
        Document form = admin.open("/plans/" + id + "/edit");
        assertThat(form.select("#reason")).hasSize(1);

        Document refused = html(admin.submit(form, "main form", Map.of("title", "Piano aggiornato")));
        assertThat(refused.select(".alert-danger").text()).contains("indica il motivo della modifica");
        assertThat(refused.select("#title").val()).isEqualTo("Piano aggiornato");

        MvcResult saved =
                admin.submit(refused, "main form", Map.of("title", "Piano aggiornato", "reason", "Delibera n. 7"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + id);
        assertThat(admin.open("/plans/" + id).select("h1").text()).isEqualTo("Piano aggiornato");

        WebClient editor = fixtures.signIn(district.editor());
        assertThat(editor.open("/plans/" + id).select("a[href$=/edit]")).isEmpty();
        assertThat(editor.get("/plans/" + id + "/edit").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void citizensReadAnApprovedPlanButNotADraft() {
        TestDistrict district = fixtures.district();
        long draft = fixtures.plan(district, 2024, 2026);
        long approved = fixtures.plan(district, 2027, 2029);
        fixtures.approve(district, approved);
        WebClient citizen = new WebClient(mvc);

        Document page = citizen.open("/plans/" + approved);
        assertThat(page.select("main").text()).contains("Accordo di Programma", "Atto di prova");
        assertThat(page.select("th:contains(Registrato da)"))
                .as("who recorded it is for staff")
                .isEmpty();
        assertThat(page.select("a[href$=/edit], form[method=post]")).isEmpty();
        assertThat(citizen.get("/plans/" + draft).getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(citizen.open("/districts/" + district.slug())
                        .select("main a[href^=/plans/]")
                        .eachAttr("href"))
                .containsExactly("/plans/" + approved);
    }
}

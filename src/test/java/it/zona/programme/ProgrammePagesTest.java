package it.zona.programme;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The pages of a plan's content as the Ufficio di Piano and citizens use them, forms sent as a browser sends them. */
@ZonaIntegrationTest
class ProgrammePagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    MockMvc mvc;

    @Test
    void anEditorGroupsAreasAndAnAreaThatHoldsANeedCannotBeDeleted() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        WebClient editor = fixtures.signIn(district.editor());

        MvcResult created =
                editor.submit(editor.open("/plans/" + plan + "/areas/new"), "main form", Map.of("name", "Area Adulti"));
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + plan + "/areas");
        long adults = content.area(district, plan, "Area Adulti").id();
        long disability = content.area(district, plan, "Disabili").id();
        editor.submit(
                editor.open("/plans/" + plan + "/areas/" + disability + "/edit"),
                "main form",
                Map.of("parentId", Long.toString(adults)));
        Document areas = editor.open("/plans/" + plan + "/areas");
        assertThat(areas.select("tr:has(th:contains(Disabili)) td").first().text())
                .isEqualTo("Area Adulti");

        editor.submit(
                editor.open("/plans/" + plan + "/target-groups/new"),
                "main form",
                Map.of("name", "Caregiver familiari"));
        assertThat(editor.open("/plans/" + plan + "/areas").select("tbody th").eachText())
                .contains("Caregiver familiari");

        content.need(district, plan, disability, "Trasporto verso i centri diurni");
        Document refused = editor.open("/plans/" + plan + "/areas/" + disability + "/delete");
        assertThat(refused.select(".alert-danger").text())
                .contains("non si può eliminare", "Trasporto verso i centri diurni");
        assertThat(refused.select("main form[method=post]")).isEmpty();
        Document held = editor.open("/plans/" + plan + "/areas/" + adults + "/delete");
        assertThat(held.select(".alert-danger").text()).contains("Disabili");
    }

    @Test
    void aNeedFormShowsItsErrorsNextToTheFieldsThenTheNeedIsEditedAndDeleted() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long elderly = content.area(district, plan, "Anziani").id();
        WebClient editor = fixtures.signIn(district.editor());
        Document form = editor.open("/plans/" + plan + "/needs/new?area=" + elderly);

        Document blank = html(editor.submit(form, "main form", Map.of("title", "", "heardWhere", "Tavolo anziani")));
        assertThat(blank.select("#title-error").text()).isEqualTo("Campo obbligatorio.");
        assertThat(blank.select("#heardWhere").val()).isEqualTo("Tavolo anziani");

        Document incomplete = html(editor.submit(
                blank,
                "main form",
                Map.of("title", "Anziani soli", "evidence[0].figure", "1240", "evidence[0].year", "2023")));
        assertThat(incomplete.select("[id=evidence0.indicator-error]").text())
                .isEqualTo("Completa il dato: indicatore, valore, fonte e anno sono obbligatori.");
        assertThat(incomplete.select("[id=evidence0.figure]").val()).isEqualTo("1240");

        MvcResult saved = editor.submit(
                incomplete,
                "main form",
                Map.of(
                        "evidence[0].indicator", "Persone di 75 anni e più che vivono sole",
                        "evidence[0].source", "Istat"));
        String page = saved.getResponse().getRedirectedUrl();
        assertThat(page).matches("/plans/" + plan + "/needs/\\d+");
        Document need = editor.open(page);
        assertThat(need.select("h1").text()).isEqualTo("Anziani soli");
        assertThat(need.select("table tbody tr").text()).contains("Persone di 75 anni", "1.240", "Istat", "2023");

        editor.submit(editor.open(page + "/edit"), "main form", Map.of("priority", "LOW"));
        assertThat(editor.open(page).select("dd").text()).contains("Bassa");
        assertThat(editor.open("/plans/" + plan + "/needs?area=" + elderly)
                        .select("tbody th")
                        .eachText())
                .containsExactly("Anziani soli");

        Document confirm = editor.open(page + "/delete");
        assertThat(confirm.select("h1").text()).contains("Anziani soli");
        MvcResult deleted = editor.submit(confirm, "main form", Map.of());
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + plan + "/needs");
        assertThat(editor.open("/plans/" + plan + "/needs").select("main p").text())
                .contains("non ha ancora bisogni");
    }

    @Test
    void moveUpAndMoveDownChangeThePriorityOrderOfTheObjectives() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long family = content.area(district, plan, "Famiglia e minori").id();
        content.objective(district, plan, family, "Sostenere la genitorialità");
        long second = content.objective(district, plan, family, "Ampliare i servizi per l’infanzia");
        WebClient editor = fixtures.signIn(district.editor());

        MvcResult moved = editor.post("/plans/" + plan + "/objectives/move", Map.of("move", second + ":UP"));
        assertThat(moved.getResponse().getRedirectedUrl()).startsWith("/plans/" + plan + "/objectives");
        Document outline = editor.open("/plans/" + plan + "/objectives");
        assertThat(outline.select("h3").eachText())
                .containsExactly("1. Ampliare i servizi per l’infanzia", "2. Sostenere la genitorialità");
        assertThat(outline.select("button[value=" + second + ":UP]").hasAttr("disabled"))
                .isTrue();

        editor.submit(outline, "main form", Map.of("move", second + ":DOWN"));
        assertThat(editor.open("/plans/" + plan + "/objectives").select("h3").eachText())
                .containsExactly("1. Sostenere la genitorialità", "2. Ampliare i servizi per l’infanzia");
    }

    @Test
    void anObjectiveWithInterventionsCannotBeDeletedAndThePageSaysWhichHoldIt() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long elderly = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, elderly, "Sostenere la domiciliarità");
        content.intervention(district, plan, objective, "Servizio di assistenza domiciliare", 2027, 2029);
        WebClient editor = fixtures.signIn(district.editor());

        Document confirm = editor.open("/plans/" + plan + "/objectives/" + objective + "/delete");
        assertThat(confirm.select(".alert-danger").text())
                .contains("Sostenere la domiciliarità", "non si può eliminare", "Servizio di assistenza domiciliare");
        assertThat(confirm.select("main form[method=post]")).isEmpty();

        Document refused = html(editor.post("/plans/" + plan + "/objectives/" + objective + "/delete", Map.of()));
        assertThat(refused.select(".alert-danger").text()).contains("Servizio di assistenza domiciliare");
        assertThat(editor.open("/plans/" + plan + "/objectives").select("h3").text())
                .contains("Sostenere la domiciliarità");
    }

    @Test
    void anEditorCreatesEditsFindsAndDeletesAnIntervention() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long elderly = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, elderly, "Sostenere la domiciliarità");
        long lead = fixtures.organization(district, "Cooperativa Aurora");
        WebClient editor = fixtures.signIn(district.editor());
        Document form = editor.open("/plans/" + plan + "/interventions/new");

        Document refused =
                html(editor.submit(form, "main form", Map.of("title", "", "objectiveId", Long.toString(objective))));
        assertThat(refused.select("#title-error").text()).isEqualTo("Campo obbligatorio.");

        MvcResult created = editor.submit(
                refused,
                "main form",
                Map.of(
                        "title", "Telesoccorso",
                        "type", "SERVICE",
                        "firstYear", "2027",
                        "lastYear", "2028",
                        "leadOrganizationId", Long.toString(lead),
                        "outputs", "200 apparecchi"));
        String page = created.getResponse().getRedirectedUrl();
        assertThat(page).matches("/plans/" + plan + "/interventions/\\d+");
        Document detail = editor.open(page);
        assertThat(detail.select("dd").text())
                .contains("Anziani", "Sostenere la domiciliarità", "2027-2028", "Cooperativa Aurora", "Tutto l’Ambito");

        editor.submit(editor.open(page + "/edit"), "main form", Map.of("status", "ACTIVE", "lastYear", "2029"));
        assertThat(editor.open(page).select("main").text()).contains("Attivo", "2027-2029");

        assertThat(editor.open("/plans/" + plan + "/interventions?q=telesocc&year=2029")
                        .select("tbody th")
                        .eachText())
                .containsExactly("Telesoccorso");
        assertThat(editor.open("/plans/" + plan + "/interventions?type=VOUCHER")
                        .select("main p")
                        .text())
                .contains("Nessun intervento corrisponde");
        assertThat(editor.open("/plans/" + plan + "/programme/2028")
                        .select("tbody th")
                        .eachText())
                .containsExactly("Telesoccorso");

        MvcResult deleted = editor.submit(editor.open(page + "/delete"), "main form", Map.of());
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + plan + "/interventions");
        assertThat(editor.open("/plans/" + plan + "/interventions").select("tbody tr"))
                .isEmpty();
    }

    @Test
    void anInterventionInAMunicipalityOutsideTheDistrictIsRefusedNextToTheMunicipalities() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long objective = content.objective(
                district, plan, content.area(district, plan, "Immigrati").id(), "Mediazione culturale");
        String outside = fixtures.freeMunicipality();
        WebClient editor = fixtures.signIn(district.editor());

        Document refused = html(editor.submit(
                editor.open("/plans/" + plan + "/interventions/new?objective=" + objective),
                "main form",
                Map.of("title", "Sportello immigrati", "allMunicipalities", "false", "municipalities", outside)));

        assertThat(refused.select("#municipalities-error").text())
                .contains("Il Comune " + outside + " non fa parte di «" + district.name() + "»");
        assertThat(refused.select("#title").val()).isEqualTo("Sportello immigrati");
        assertThat(editor.open("/plans/" + plan + "/interventions").select("tbody tr"))
                .isEmpty();
    }

    @Test
    void citizensSeeTheContentOfAnApprovedPlanOnlyAndViewersCannotChangeIt() {
        TestDistrict district = fixtures.district();
        long draft = fixtures.plan(district, 2024, 2026);
        long objective = content.objective(
                district, draft, content.area(district, draft, "Anziani").id(), "Sostenere la domiciliarità");
        WebClient citizen = new WebClient(mvc);
        for (String section : new String[] {"areas", "needs", "objectives", "interventions", "programme/2025"}) {
            assertThat(citizen.get("/plans/" + draft + "/" + section)
                            .getResponse()
                            .getRedirectedUrl())
                    .as(section)
                    .endsWith("/login");
        }

        WebClient viewer = fixtures.signIn(district.viewer());
        assertThat(viewer.open("/plans/" + draft + "/objectives").select("main").text())
                .contains("Sostenere la domiciliarità");
        assertThat(viewer.open("/plans/" + draft + "/objectives").select("main button, main a[href$=/edit]"))
                .isEmpty();
        assertThat(viewer.get("/plans/" + draft + "/interventions/new")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(viewer.post("/plans/" + draft + "/objectives/" + objective + "/delete", Map.of())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(viewer.post("/plans/" + draft + "/areas/new", Map.of("name", "Area nuova"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        long approved = fixtures.plan(district, 2027, 2029);
        fixtures.approve(district, approved);
        assertThat(citizen.open("/plans/" + approved + "/areas")
                        .select("tbody th")
                        .eachText())
                .contains("Anziani");
        assertThat(citizen.open("/plans/" + approved + "/programme/2028")
                        .select("h1")
                        .text())
                .isEqualTo("Programma attuativo 2028");
        assertThat(citizen.open("/plans/" + approved).select("a[href=/plans/" + approved + "/programme/2029]"))
                .hasSize(1);
    }

    @Test
    void afterApprovalOnlyTheAdminChangesTheContentAndGivesAReason() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long elderly = content.area(district, plan, "Anziani").id();
        fixtures.approve(district, plan);
        WebClient editor = fixtures.signIn(district.editor());
        assertThat(editor.get("/plans/" + plan + "/needs/new").getResponse().getStatus())
                .isEqualTo(403);

        WebClient admin = fixtures.signIn(district.admin());
        Document form = admin.open("/plans/" + plan + "/needs/new?area=" + elderly);
        assertThat(form.select("#reason")).hasSize(1);
        Document refused = html(admin.submit(form, "main form", Map.of("title", "Anziani soli")));
        assertThat(refused.select(".alert-danger").text()).contains("indica il motivo della modifica");

        MvcResult saved = admin.submit(
                refused, "main form", Map.of("title", "Anziani soli", "reason", "Delibera n. 9 (monitoraggio)"));
        assertThat(saved.getResponse().getRedirectedUrl()).matches("/plans/" + plan + "/needs/\\d+");
    }
}

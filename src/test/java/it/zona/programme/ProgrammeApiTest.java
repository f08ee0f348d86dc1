package it.zona.programme;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.ZonaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ZonaIntegrationTest
class ProgrammeApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Test
    void aNewPlanStartsWithTheIstatAreasAndMentalHealthAndTheNextPlanCarriesThemOn() throws Exception {
        TestDistrict district = fixtures.district();
        long first = fixtures.plan(district, 2021, 2023);
        ApiClient editor = fixtures.api(district.editor());
        editor.get("/api/v1/plans/{id}/areas", first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[*].area.name", hasItem("Famiglia e minori")))
                .andExpect(jsonPath("$[*].area.name", hasItem("Salute mentale")))
                .andExpect(jsonPath("$[*].area.code", hasItem("MULTI_USER")));
        editor.get("/api/v1/plans/{id}/target-groups", first)
                .andExpect(jsonPath("$[0].name").value("Minori"));
        long adults = editor.read(editor.post("/api/v1/plans/{id}/areas", "{\"name\":\"Area Adulti\"}", first)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long disability = content.area(district, first, "Disabili").id();
        editor.put(
                        "/api/v1/plans/{id}/areas/{area}",
                        "{\"name\":\"Disabilità\",\"parentId\":%d,\"version\":0}".formatted(adults),
                        first,
                        disability)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(adults));

        String next = "{\"title\":\"Piano 2024-2026\",\"firstYear\":2024,\"lastYear\":2026,\"previousPlanId\":%d}"
                .formatted(first);
        long second = editor.read(editor.post("/api/v1/districts/{slug}/plans", next, district.slug()))
                .get("id")
                .asLong();
        editor.get("/api/v1/plans/{id}/areas", second)
                .andExpect(jsonPath("$[?(@.area.name == 'Area Adulti')].children[*].name", contains("Disabilità")))
                .andExpect(jsonPath("$[?(@.area.name == 'Area Adulti')].children[*].code", contains("DISABILITY")));
    }

    @Test
    void areasAreGroupedOneLevelDeepAndAnAreaInUseCannotGo() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        ApiClient editor = fixtures.api(district.editor());
        long adults = editor.read(editor.post("/api/v1/plans/{id}/areas", "{\"name\":\"Area Adulti\"}", plan))
                .get("id")
                .asLong();
        long poverty = content.area(district, plan, "Povertà, disagio adulti e senza dimora")
                .id();
        editor.put(
                        "/api/v1/plans/{id}/areas/{area}",
                        "{\"name\":\"Povertà\",\"parentId\":%d,\"version\":0}".formatted(adults),
                        plan,
                        poverty)
                .andExpect(status().isOk());
        editor.post(
                        "/api/v1/plans/{id}/areas",
                        "{\"name\":\"Troppo in fondo\",\"parentId\":%d}".formatted(poverty),
                        plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        editor.post("/api/v1/plans/{id}/areas", "{\"name\":\"area adulti\"}", plan)
                .andExpect(status().isConflict());

        content.need(district, plan, poverty, "Famiglie senza reddito");
        editor.delete("/api/v1/plans/{id}/areas/{area}", plan, poverty)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Famiglie senza reddito")));
        editor.delete("/api/v1/plans/{id}/areas/{area}", plan, adults)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Povertà")));
    }

    @Test
    void aNeedCarriesItsFiguresWithSourceAndYearAndAnIncompleteFigureIsRefused() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long elderly = content.area(district, plan, "Anziani").id();
        ApiClient editor = fixtures.api(district.editor());
        String need = """
                {"areaId":%d,"title":"Anziani soli","heardAt":"THEMATIC_TABLE","heardWhere":"Tavolo anziani",
                 "priority":"HIGH","evidence":[
                   {"indicator":"Anziani over 75 che vivono soli","figure":1240,"unit":"persone","source":"Istat","year":2023},
                   {"indicator":"","figure":null,"unit":"","source":"","year":null}]}""".formatted(elderly);
        editor.post("/api/v1/plans/{id}/needs", need, plan)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.area.name").value("Anziani"))
                .andExpect(jsonPath("$.evidence.length()").value(1))
                .andExpect(jsonPath("$.evidence[0].figure").value(1240))
                .andExpect(jsonPath("$.evidence[0].year").value(2023));
        editor.post("/api/v1/plans/{id}/needs", need.replace("\"source\":\"Istat\"", "\"source\":\"\""), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("evidence[0].source"));
        editor.post("/api/v1/plans/{id}/needs", need.replace("2023", "2031"), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("evidence[0].year"));
        editor.get("/api/v1/plans/{id}/needs?area={area}", plan, elderly)
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void objectivesKeepThePriorityOrderTheOfficeGivesThemAndHoldWhatDependsOnThem() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long elderly = content.area(district, plan, "Anziani").id();
        long need = content.need(district, plan, elderly, "Anziani soli");
        ApiClient editor = fixtures.api(district.editor());
        long home = editor.read(editor.post(
                                "/api/v1/plans/{id}/objectives",
                                "{\"kind\":\"GENERAL\",\"areaId\":%d,\"title\":\"Restare a casa\",\"needIds\":[%d]}"
                                        .formatted(elderly, need),
                                plan)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.needs[0].name").value("Anziani soli")))
                .get("id")
                .asLong();
        long together = content.objective(district, plan, elderly, "Meno soli");
        editor.post("/api/v1/plans/{id}/objectives/{o}/move", "{\"direction\":\"UP\"}", plan, together)
                .andExpect(status().isNoContent());
        editor.get("/api/v1/plans/{id}/objectives", plan)
                .andExpect(jsonPath("$[*].title", contains("Meno soli", "Restare a casa")));

        editor.post(
                        "/api/v1/plans/{id}/objectives",
                        "{\"kind\":\"SPECIFIC\",\"parentId\":%d,\"year\":2027,\"title\":\"Fuori periodo\"}"
                                .formatted(home),
                        plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        editor.post(
                        "/api/v1/plans/{id}/objectives",
                        "{\"kind\":\"SPECIFIC\",\"parentId\":%d,\"year\":2025,\"title\":\"100 anziani assistiti\"}"
                                .formatted(home),
                        plan)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.area.name").value("Anziani"))
                .andExpect(jsonPath("$.parent.name").value("Restare a casa"));
        content.intervention(district, plan, home, "Assistenza domiciliare", 2024, 2026);

        editor.delete("/api/v1/plans/{id}/objectives/{o}", plan, home)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("100 anziani assistiti")))
                .andExpect(jsonPath("$.detail").value(containsString("Assistenza domiciliare")));
        editor.delete("/api/v1/plans/{id}/needs/{n}", plan, need)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Restare a casa")));
    }

    @Test
    void anInterventionCoversSomeOfTheDistrictsMunicipalitiesAndNoneOutsideIt() throws Exception {
        TestDistrict district = fixtures.district();
        String member = fixtures.addMunicipality(district);
        String outsider = fixtures.freeMunicipality();
        long plan = fixtures.plan(district, 2024, 2026);
        long objective = content.objective(
                district, plan, content.area(district, plan, "Disabili").id(), "Autonomia");
        long lead = fixtures.organization(district, "Cooperativa Il Melograno");
        long partner = fixtures.organization(district, "Associazione Mani Aperte");
        long foreign = fixtures.organization(fixtures.district(), "Cooperativa di un altro Ambito");
        ApiClient editor = fixtures.api(district.editor());
        String body = """
                {"objectiveId":%d,"title":"Centro diurno","type":"SERVICE","serviceCode":"LB1","firstYear":2025,
                 "lastYear":2026,"leadOrganizationId":%d,"partnerIds":[%d],"allMunicipalities":false,
                 "municipalities":["%s"],"outputs":"30 posti","status":"ACTIVE"}""";

        editor.post("/api/v1/plans/{id}/interventions", body.formatted(objective, lead, partner, member), plan)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.area.name").value("Disabili"))
                .andExpect(jsonPath("$.leadOrganization.name").value("Cooperativa Il Melograno"))
                .andExpect(jsonPath("$.partners[0].name").value("Associazione Mani Aperte"))
                .andExpect(jsonPath("$.municipalities[0].istatCode").value(member));
        editor.post("/api/v1/plans/{id}/interventions", body.formatted(objective, lead, partner, outsider), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("municipalities"))
                .andExpect(jsonPath("$.detail").value(containsString(outsider)));
        editor.post("/api/v1/plans/{id}/interventions", body.formatted(objective, foreign, partner, member), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("leadOrganizationId"));
        editor.post(
                        "/api/v1/plans/{id}/interventions",
                        body.formatted(objective, lead, partner, member).replace("2025", "2023"),
                        plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("firstYear"));
        editor.post(
                        "/api/v1/plans/{id}/interventions",
                        body.formatted(objective, lead, partner, member).replace("LB1", "centro"),
                        plan)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serviceCode"));
        fixtures.api(district.admin())
                .delete("/api/v1/districts/{slug}/organizations/{id}", district.slug(), lead)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Centro diurno")));
    }

    @Test
    void theYearlyProgrammeHoldsTheInterventionsActiveThatYear() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long objective = content.objective(
                district, plan, content.area(district, plan, "Anziani").id(), "Casa");
        content.intervention(district, plan, objective, "Assistenza domiciliare", 2024, 2026);
        content.intervention(district, plan, objective, "Telesoccorso", 2026, 2026);
        ApiClient viewer = fixtures.api(district.viewer());
        viewer.get("/api/v1/plans/{id}/years/2025", plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[0].area.name").value("Anziani"))
                .andExpect(jsonPath("$.areas[0].interventions[*].title", contains("Assistenza domiciliare")));
        viewer.get("/api/v1/plans/{id}/years/2026", plan)
                .andExpect(jsonPath("$.areas[0].interventions.length()").value(2));
        viewer.get("/api/v1/plans/{id}/years/2027", plan).andExpect(status().isNotFound());
        viewer.get("/api/v1/plans/{id}/interventions?year=2024&sort=title", plan)
                .andExpect(jsonPath("$.items[*].title", contains("Assistenza domiciliare")))
                .andExpect(jsonPath("$.totalItems").value(1));
        viewer.get("/api/v1/plans/{id}/interventions?q=tele", plan)
                .andExpect(jsonPath("$.items[*].title", contains("Telesoccorso")));
    }

    @Test
    void thePeriodCannotShrinkUnderTheInterventions() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long objective = content.objective(
                district, plan, content.area(district, plan, "Anziani").id(), "Casa");
        content.intervention(district, plan, objective, "Telesoccorso", 2026, 2026);
        fixtures.api(district.editor())
                .put(
                        "/api/v1/plans/{id}",
                        "{\"title\":\"Più corto\",\"firstYear\":2024,\"lastYear\":2025,\"version\":0}",
                        plan)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Telesoccorso")));
    }

    @Test
    void anApprovedPlansContentIsPublicAndChangesOnlyByAnAdminGivingAReason() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long area = content.area(district, plan, "Anziani").id();
        fixtures.anonymousApi().get("/api/v1/plans/{id}/areas", plan).andExpect(status().isUnauthorized());
        fixtures.api(fixtures.district().admin())
                .get("/api/v1/plans/{id}/needs", plan)
                .andExpect(status().isForbidden());

        fixtures.approve(district, plan);
        fixtures.anonymousApi().get("/api/v1/plans/{id}/areas", plan).andExpect(status().isOk());
        String need =
                "{\"areaId\":%d,\"title\":\"Solitudine\",\"heardAt\":\"DATA\",\"priority\":\"LOW\"}".formatted(area);
        fixtures.api(district.editor())
                .post("/api/v1/plans/{id}/needs", need, plan)
                .andExpect(status().isForbidden());
        fixtures.api(district.admin())
                .post("/api/v1/plans/{id}/needs", need, plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        fixtures.api(district.admin())
                .postWithHeader("/api/v1/plans/{id}/needs", need, "Zona-Change-Reason", "Esito del monitoraggio", plan)
                .andExpect(status().isCreated());
        fixtures.api(district.admin())
                .get("/api/v1/districts/{slug}/audit?entity=Need", district.slug())
                .andExpect(jsonPath("$.items[0].reason").value("Esito del monitoraggio"))
                .andExpect(jsonPath("$.items[0].entityName").value("Solitudine"));
        fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/needs", plan)
                .andExpect(jsonPath("$[*].title", hasItem("Solitudine")))
                .andExpect(jsonPath("$[*].title", not(hasItem("Altro"))));
    }
}

package it.zona.participation.tables;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.organization.OrganizationType;
import it.zona.organization.PersonForm;
import it.zona.organization.PersonRegistry;
import it.zona.support.ApiClient;
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

/** The thematic tables of a plan, their coordinator and liaisons, and the organisations seated at them. */
@ZonaIntegrationTest
class TableTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    PersonRegistry people;

    @Autowired
    MockMvc mvc;

    @Test
    void tablesArePublicFromTheLaunchWhileTheDraftPlanIsNot() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        ApiClient editor = fixtures.api(district.editor());
        long table = createTable(editor, district, plan, "Tavolo Anziani", "Anziani");

        ApiClient anonymous = fixtures.anonymousApi();
        anonymous.get("/api/v1/plans/{id}", plan).andExpect(status().isUnauthorized());
        anonymous
                .get("/api/v1/plans/{id}/tables", plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Tavolo Anziani"))
                .andExpect(jsonPath("$[0].areas[0].name").value("Anziani"))
                .andExpect(jsonPath("$[0].kind").value("PERMANENT"));
        anonymous.get("/api/v1/tables/{id}", table).andExpect(status().isOk());
        anonymous
                .post("/api/v1/plans/{id}/tables", tableJson(content, district, plan, "Altro", "Anziani"), plan)
                .andExpect(status().isUnauthorized());
        fixtures.api(district.viewer())
                .post("/api/v1/plans/{id}/tables", tableJson(content, district, plan, "Altro", "Anziani"), plan)
                .andExpect(status().isForbidden());
        TestDistrict other = fixtures.district();
        fixtures.api(other.editor())
                .post("/api/v1/plans/{id}/tables", tableJson(content, district, plan, "Altro", "Anziani"), plan)
                .andExpect(status().isForbidden());
        fixtures.api(other.editor()).delete("/api/v1/tables/{id}", table).andExpect(status().isForbidden());
    }

    @Test
    void aTableNeedsAUniqueNameAreasOfItsPlanAndAMunicipalLiaison() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long otherPlan = fixtures.plan(district, 2030, 2032);
        ApiClient editor = fixtures.api(district.editor());
        createTable(editor, district, plan, "Tavolo Minori", "Famiglia e minori");

        editor.post("/api/v1/plans/{id}/tables", tableJson(content, district, plan, "tavolo minori", "Anziani"), plan)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        long foreignArea = content.area(district, otherPlan, "Anziani").id();
        editor.post(
                        "/api/v1/plans/{id}/tables",
                        "{\"name\":\"X\",\"kind\":\"TEMPORARY\",\"areaIds\":[%d]}".formatted(foreignArea),
                        plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("areaIds"));
        editor.post("/api/v1/plans/{id}/tables", "{\"name\":\"X\",\"kind\":\"TEMPORARY\",\"areaIds\":[]}", plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("areaIds"));
        editor.post("/api/v1/plans/{id}/tables", "{\"name\":\"\",\"kind\":null}", plan)
                .andExpect(status().isBadRequest());

        long association = fixtures.organization(district, "Associazione " + Fixtures.unique());
        long volunteer = person(district, "Anna", "Volontaria", association);
        long municipal = person(district, "Sara", "Referente", municipality(district));
        long area = content.area(district, plan, "Anziani").id();
        String withLiaison = "{\"name\":\"Tavolo Anziani\",\"kind\":\"PERMANENT\",\"areaIds\":[%d],\"liaisonId\":%d}";
        editor.post("/api/v1/plans/{id}/tables", withLiaison.formatted(area, volunteer), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("liaisonId"))
                .andExpect(jsonPath("$.detail").value(containsString("Comune")));
        editor.post("/api/v1/plans/{id}/tables", withLiaison.formatted(area, municipal), plan)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.liaison.name").value("Sara Referente"));

        // The area now holds the table: deleting it is refused, naming the table.
        editor.delete("/api/v1/plans/{id}/areas/{area}", plan, area)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Tavolo Anziani")));
    }

    @Test
    void oneCoordinatorForAllTheTablesOfAPlan() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        ApiClient editor = fixtures.api(district.editor());
        editor.get("/api/v1/plans/{id}/tables/coordinator", plan).andExpect(status().isNotFound());
        long first = person(district, "Paolo", "Primo", null);
        long second = person(district, "Paola", "Seconda", null);
        editor.put("/api/v1/plans/{id}/tables/coordinator", "{\"personId\":%d}".formatted(first), plan)
                .andExpect(status().isOk());
        editor.put("/api/v1/plans/{id}/tables/coordinator", "{\"personId\":%d}".formatted(second), plan)
                .andExpect(status().isOk());
        fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/tables/coordinator", plan)
                .andExpect(jsonPath("$.person.name").value("Paola Seconda"));

        TestDistrict other = fixtures.district();
        long stranger = person(other, "Estraneo", "Altrove", null);
        editor.put("/api/v1/plans/{id}/tables/coordinator", "{\"personId\":%d}".formatted(stranger), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        fixtures.api(district.editor())
                .delete("/api/v1/districts/{slug}/people/{id}", district.slug(), second)
                .andExpect(status().isConflict());
    }

    @Test
    void seatsKeepTheirHistoryAndContactsAreForStaffOnly() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        ApiClient editor = fixtures.api(district.editor());
        long table = createTable(editor, district, plan, "Tavolo Inclusione", "Immigrati");
        long association = fixtures.organization(district, "Associazione Ponte " + Fixtures.unique());
        String seat = """
                {"organizationId":%d,"representativeName":"Maria Bianchi","representativeRole":"Presidente",
                 "representativeEmail":"maria@ponte.example","representativePhone":"0836 123456",
                 "substituteName":"Luca Neri","substituteEmail":"luca@ponte.example"}""".formatted(association);
        long member = editor.read(
                        editor.post("/api/v1/tables/{id}/members", seat, table).andExpect(status().isCreated()))
                .get("id")
                .asLong();
        editor.post("/api/v1/tables/{id}/members", seat, table)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Sostituisci")));
        editor.post("/api/v1/tables/{id}/members", seat.replace("maria@ponte.example", "not-an-address"), table)
                .andExpect(status().isBadRequest());

        fixtures.api(district.viewer())
                .get("/api/v1/tables/{id}/members", table)
                .andExpect(jsonPath("$[0].representative.email").value("maria@ponte.example"));
        fixtures.anonymousApi()
                .get("/api/v1/tables/{id}/members", table)
                .andExpect(jsonPath("$[0].representative.name").value("Maria Bianchi"))
                .andExpect(jsonPath("$[0].representative.email").value(nullValue()))
                .andExpect(jsonPath("$[0].representative.phone").value(nullValue()))
                .andExpect(jsonPath("$[0].substitute.email").value(nullValue()));
        fixtures.api(fixtures.district().editor())
                .get("/api/v1/tables/{id}/members", table)
                .andExpect(jsonPath("$[0].representative.email").value(nullValue()));

        editor.put(
                        "/api/v1/tables/{id}/members/{m}",
                        seat.replace("Maria Bianchi", "Giulia Verdi").replace("}", ",\"version\":0}"),
                        table,
                        member)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.representative.name").value("Giulia Verdi"));
        editor.get("/api/v1/tables/{id}/members", table)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].representative.name").value("Giulia Verdi"));
        editor.get("/api/v1/tables/{id}/members?history=true", table)
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].endReason").value("REPLACED"))
                .andExpect(jsonPath("$[1].leftOn").value(nullValue()));
        editor.delete("/api/v1/tables/{id}/members/{m}", table, member).andExpect(status().isConflict());

        long current = editor.read(editor.get("/api/v1/tables/{id}/members", table))
                .get(0)
                .get("id")
                .asLong();
        editor.delete("/api/v1/tables/{id}/members/{m}", table, current)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endReason").value("WITHDRAWN"));
        editor.get("/api/v1/tables/{id}/members", table)
                .andExpect(jsonPath("$.length()").value(0));

        // A table that had members keeps its history: it cannot be deleted.
        editor.delete("/api/v1/tables/{id}", table)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Associazione Ponte")));
        long empty = createTable(editor, district, plan, "Tavolo vuoto", "Dipendenze");
        editor.delete("/api/v1/tables/{id}", empty).andExpect(status().isNoContent());
        fixtures.anonymousApi().get("/api/v1/tables/{id}", empty).andExpect(status().isNotFound());
    }

    @Test
    void theOfficeRunsTablesFromThePagesAndCitizensSeeNamesOnly() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        WebClient editor = fixtures.signIn(district.editor());
        Document list = editor.open("/plans/" + plan + "/tables");
        assertThat(list.text()).contains("Il piano non ha ancora tavoli tematici");

        long elderly = content.area(district, plan, "Anziani").id();
        MvcResult refused = editor.submit(editor.open("/plans/" + plan + "/tables/new"), "main form", Map.of());
        assertThat(html(refused).select(".field-error").text()).isNotBlank();
        MvcResult created = editor.submit(
                editor.open("/plans/" + plan + "/tables/new"),
                "main form",
                Map.of("name", "Tavolo Anziani", "kind", "PERMANENT", "areaIds", Long.toString(elderly)));
        String tablePage = created.getResponse().getRedirectedUrl();
        assertThat(tablePage).startsWith("/tables/");

        long association = fixtures.organization(district, "Associazione Argento " + Fixtures.unique());
        editor.submit(
                editor.open(tablePage + "/members/new"),
                "main form",
                Map.of(
                        "organizationId", Long.toString(association),
                        "representativeName", "Rita Gialli",
                        "representativeEmail", "rita@argento.example"));
        assertThat(editor.open(tablePage).select("main table tbody").text())
                .contains("Associazione Argento", "Rita Gialli", "rita@argento.example");

        WebClient citizen = new WebClient(mvc);
        Document seen = citizen.open(tablePage);
        assertThat(seen.select("main table tbody").text())
                .contains("Rita Gialli")
                .doesNotContain("rita@argento.example");
        assertThat(seen.select("a[href$=/edit], a[href*=/members/new]")).isEmpty();
        assertThat(citizen.open("/plans/" + plan + "/tables").text()).contains("Tavolo Anziani");
        assertThat(citizen.get(tablePage + "/edit").getResponse().getRedirectedUrl())
                .contains("/login");
        assertThat(fixtures.signIn(district.viewer())
                        .get(tablePage + "/edit")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private long createTable(ApiClient editor, TestDistrict district, long plan, String name, String area)
            throws Exception {
        return editor.read(
                        editor.post("/api/v1/plans/{id}/tables", tableJson(content, district, plan, name, area), plan)
                                .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    private static String tableJson(PlanFixtures content, TestDistrict district, long plan, String name, String area) {
        return "{\"name\":\"%s\",\"kind\":\"PERMANENT\",\"description\":\"Finalità\",\"areaIds\":[%d]}"
                .formatted(name, content.area(district, plan, area).id());
    }

    private long municipality(TestDistrict district) {
        return fixtures.organization(district, "Comune " + Fixtures.unique(), OrganizationType.MUNICIPALITY);
    }

    private long person(TestDistrict district, String givenName, String familyName, Long organizationId) {
        return fixtures.as(
                district.editor().username(),
                () -> people.create(
                                district.slug(),
                                new PersonForm(
                                        givenName, familyName, null, null, null, null, organizationId, null, null))
                        .id());
    }
}

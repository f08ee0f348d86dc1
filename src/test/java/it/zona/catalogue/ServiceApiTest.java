package it.zona.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue through the API: a service is public, found by its filters and by Italian words in
 * any of their forms, sent back as read, and names only what is its District's.
 */
@ZonaIntegrationTest
class ServiceApiTest {

    private static final String LIST = "/api/v1/districts/{slug}/services";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchTermsRefresh refresh;

    private static String service(String title, String kind, String audiences, String extra) {
        return """
                {"kind":"%s","category":"HEALTH_WELFARE_CARE","title":"%s","status":"ACTIVE",
                 "summary":"Breve descrizione.","audienceText":"Persone residenti nell’Ambito.",
                 "howTo":"Presenta la domanda allo sportello.","outcome":"Un aiuto.",
                 "audiences":[%s],"allMunicipalities":true%s}""".formatted(kind, title, audiences, extra);
    }

    private long create(ApiClient editor, TestDistrict district, String body) throws Exception {
        return editor.read(editor.post(LIST, body, district.slug()).andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    private List<String> titles(String query, TestDistrict district) throws Exception {
        List<String> titles = new ArrayList<>();
        fixtures.anonymousApi()
                .read(fixtures.anonymousApi().get(LIST + query, district.slug()).andExpect(status().isOk()))
                .get("items")
                .forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    @Test
    void aServiceIsPublicAndWhatAGetReturnsAPutTakesBack() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long office = editor.read(editor.post(
                                "/api/v1/districts/{slug}/offices",
                                "{\"name\":\"Sportello\",\"address\":\"Via Roma 1\"}",
                                district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long id = create(
                editor,
                district,
                service(
                        "Assegno di cura",
                        "VOUCHER",
                        "\"OLDER_PEOPLE\",\"FAMILIES\"",
                        ",\"serviceCode\":\"E05\",\"officeIds\":[%d],\"window\":{\"opensOn\":\"2020-01-01\",\"closesOn\":\"2099-12-31\",\"budget\":180000.00,\"places\":40}"
                                .formatted(office)));

        JsonNode read = fixtures.anonymousApi()
                .read(fixtures.anonymousApi().get("/api/v1/services/{id}", id).andExpect(status().isOk()));
        assertThat(read.get("districtSlug").asString()).isEqualTo(district.slug());
        assertThat(read.get("windowOpen").asBoolean()).isTrue();
        assertThat(read.get("officeIds").get(0).asLong()).isEqualTo(office);
        assertThat(read.get("serviceCode").asString()).isEqualTo("E05");
        ((ObjectNode) read).put("title", "Assegno di cura per la non autosufficienza");
        JsonNode changed = editor.read(
                editor.put("/api/v1/services/{id}", read.toString(), id).andExpect(status().isOk()));
        assertThat(changed.get("title").asString()).isEqualTo("Assegno di cura per la non autosufficienza");
        assertThat(changed.get("version").asLong())
                .isEqualTo(read.get("version").asLong() + 1);
        editor.put("/api/v1/services/{id}", read.toString(), id).andExpect(status().isConflict());

        editor.delete("/api/v1/districts/{slug}/offices/{id}", district.slug(), office)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Assegno di cura")));
        editor.delete("/api/v1/services/{id}", id).andExpect(status().isNoContent());
        fixtures.anonymousApi().get("/api/v1/services/{id}", id).andExpect(status().isNotFound());
        editor.delete("/api/v1/districts/{slug}/offices/{id}", district.slug(), office)
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'SocialService' and entity_id = ?",
                        Long.class,
                        String.valueOf(id)))
                .isEqualTo(3);
    }

    @Test
    void aSearchFindsAWordInAnyOfItsFormsWithOrWithoutAccentsAndEveryWordMustBeFound() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        create(editor, district, service("Assistenza domiciliare per anziani", "SERVICE", "\"OLDER_PEOPLE\"", ""));
        create(editor, district, service("Trasporto per la disabilità", "SERVICE", "\"PEOPLE_WITH_DISABILITIES\"", ""));
        create(editor, district, service("Buono nido", "VOUCHER", "\"FAMILIES\"", ""));

        assertThat(titles("?q=anziano", district)).containsExactly("Assistenza domiciliare per anziani");
        assertThat(titles("?q=ANZIANA", district)).containsExactly("Assistenza domiciliare per anziani");
        assertThat(titles("?q=disabilita", district)).containsExactly("Trasporto per la disabilità");
        assertThat(titles("?q=assistenza anziani", district)).containsExactly("Assistenza domiciliare per anziani");
        assertThat(titles("?q=assistenza nido", district)).isEmpty();
        assertThat(titles("?q=sportello", district))
                .as("the texts count too, not the title alone")
                .hasSize(3);
        assertThat(titles("?q=_", district)).as("a LIKE wildcard is no word").hasSize(3);
        assertThat(titles("?q=per la", district))
                .as("little words narrow nothing")
                .hasSize(3);
        assertThat(titles("?kind=VOUCHER", district)).containsExactly("Buono nido");
        assertThat(titles("?audience=OLDER_PEOPLE", district)).containsExactly("Assistenza domiciliare per anziani");
        assertThat(titles("?sort=TITLE", district))
                .containsExactly("Assistenza domiciliare per anziani", "Buono nido", "Trasporto per la disabilità");
        assertThat(titles("?sort=UPDATED", district).get(0)).isEqualTo("Buono nido");
        JsonNode last =
                fixtures.anonymousApi().read(fixtures.anonymousApi().get(LIST + "?size=2&page=5", district.slug()));
        assertThat(last.get("items")).isEmpty();
        assertThat(last.get("totalItems").asLong()).isEqualTo(3);
        assertThat(last.get("totalPages").asInt()).isEqualTo(2);
        fixtures.anonymousApi().get(LIST + "?size=0", district.slug()).andExpect(status().isBadRequest());
        fixtures.anonymousApi().get(LIST + "?audience=NOBODY", district.slug()).andExpect(status().isBadRequest());
    }

    @Test
    void aServiceIsFoundByTheWordsOfItsTargetGroupsAndStemsKeptTheOldWayAreMadeAgainAtStart() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long id = create(editor, district, service("Centro diurno", "SERVICE", "\"OLDER_PEOPLE\"", ""));
        create(editor, district, service("Soggiorni estivi", "SERVICE", "\"MINORS\"", ""));

        assertThat(titles("?q=anziano", district)).containsExactly("Centro diurno");
        assertThat(titles("?q=bambini", district)).containsExactly("Soggiorni estivi");

        // A service whose stems were made before the target groups counted.
        jdbc.update(
                "update social_service set search_terms = ' centr diurn ', search_terms_version = 1 where id = ?", id);
        assertThat(titles("?q=anziano", district)).isEmpty();
        refresh.run();
        assertThat(titles("?q=anziano", district)).containsExactly("Centro diurno");
        assertThat(jdbc.queryForObject("select version from social_service where id = ?", Long.class, id))
                .as("the service's content did not change")
                .isZero();
    }

    @Test
    void aServiceOfferedInSomeMunicipalitiesIsFoundByThemAloneAndOnlyTheDistrictsMayBeNamed() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        fixtures.api(district.admin())
                .put("/api/v1/districts/{slug}/municipalities/{code}", "", district.slug(), fixtures.freeMunicipality())
                .andExpect(status().isOk());
        List<String> members = new ArrayList<>();
        fixtures.anonymousApi()
                .read(fixtures.anonymousApi().get("/api/v1/districts/{slug}", district.slug()))
                .get("municipalities")
                .forEach(m -> members.add(m.get("istatCode").asString()));
        assertThat(members).hasSizeGreaterThanOrEqualTo(2);
        create(
                editor,
                district,
                service("Contributo affitto", "VOUCHER", "\"FAMILIES\"", "")
                        .replace(
                                "\"allMunicipalities\":true",
                                "\"allMunicipalities\":false,\"municipalities\":[\"%s\"]".formatted(members.get(0))));
        create(editor, district, service("Segretariato sociale", "SERVICE", "\"EVERYONE\"", ""));

        assertThat(titles("?municipality=" + members.get(0), district))
                .containsExactlyInAnyOrder("Contributo affitto", "Segretariato sociale");
        assertThat(titles("?municipality=" + members.get(1), district)).containsExactly("Segretariato sociale");

        String outsider = "001272".equals(members.get(0)) ? "058091" : "001272";
        editor.post(
                        LIST,
                        service("Altro", "SERVICE", "\"EVERYONE\"", "")
                                .replace(
                                        "\"allMunicipalities\":true",
                                        "\"allMunicipalities\":false,\"municipalities\":[\"%s\"]".formatted(outsider)),
                        district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("municipalities[0]"));
    }

    @Test
    void theInstallationsClassificationCodesArePublic() throws Exception {
        JsonNode codes = fixtures.anonymousApi()
                .read(fixtures.anonymousApi().get("/api/v1/service-codes").andExpect(status().isOk()));
        assertThat(codes.get(0).get("code").asString()).isEqualTo("E01");
        assertThat(codes.get(2).get("label").asString()).isEqualTo("Assistenza domiciliare socio-assistenziale");
    }

    @Test
    void whatCannotBeTrueIsRefusedNamingItsFieldAndNothingIsSaved() throws Exception {
        TestDistrict district = fixtures.district();
        TestDistrict other = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long foreignOffice = fixtures.api(other.editor())
                .read(fixtures.api(other.editor())
                        .post(
                                "/api/v1/districts/{slug}/offices",
                                "{\"name\":\"Altrove\",\"address\":\"Via 1\"}",
                                other.slug()))
                .get("id")
                .asLong();
        String[][] refused = {
            {service("A", "SERVICE", "", ""), "audiences"},
            {service("A", "SERVICE", "\"FAMILIES\"", "").replace("true", "false"), "municipalities"},
            {service("A", "SERVICE", "\"FAMILIES\"", ",\"municipalities\":[\"001272\"]"), "municipalities"},
            {
                service(
                        "A",
                        "SERVICE",
                        "\"FAMILIES\"",
                        ",\"window\":{\"opensOn\":\"2026-01-01\",\"closesOn\":\"2026-02-01\"}"),
                "window"
            },
            {
                service(
                        "A",
                        "VOUCHER",
                        "\"FAMILIES\"",
                        ",\"window\":{\"opensOn\":\"2026-02-01\",\"closesOn\":\"2026-01-01\"}"),
                "window.closesOn"
            },
            {
                service("A", "SERVICE", "\"FAMILIES\"", ",\"statusFrom\":\"2026-02-01\",\"statusUntil\":\"2026-01-01\"")
                        .replace("ACTIVE", "SUSPENDED"),
                "statusUntil"
            },
            {service("A", "SERVICE", "\"FAMILIES\"", ",\"statusUntil\":\"2026-01-01\""), "statusUntil"},
            {service("A", "SERVICE", "\"FAMILIES\"", ",\"officeIds\":[%d]".formatted(foreignOffice)), "officeIds[0]"},
            {service("A", "SERVICE", "\"FAMILIES\"", ",\"interventionIds\":[999999]"), "interventionIds[0]"},
            {service("A", "SERVICE", "\"FAMILIES\"", ",\"serviceCode\":\"X99\""), "serviceCode"},
        };
        for (String[] attempt : refused) {
            editor.post(LIST, attempt[0], district.slug())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(attempt[1]));
        }
        editor.post(LIST, service("", "SERVICE", "\"FAMILIES\"", ""), district.slug())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        editor.post(
                        LIST,
                        service(
                                "A",
                                "SERVICE",
                                "\"FAMILIES\"",
                                ",\"window\":{\"opensOn\":\"1/2/2026\",\"closesOn\":\"2026-02-01\"}"),
                        district.slug())
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from social_service where district_id = ?", Long.class, district.id()))
                .isZero();
    }

    @Test
    void onlyTheDistrictsEditorsChangeTheCatalogue() throws Exception {
        TestDistrict district = fixtures.district();
        TestDistrict other = fixtures.district();
        String body = service("Servizio", "SERVICE", "\"EVERYONE\"", "");
        fixtures.anonymousApi().post(LIST, body, district.slug()).andExpect(status().isUnauthorized());
        fixtures.api(district.viewer()).post(LIST, body, district.slug()).andExpect(status().isForbidden());
        fixtures.api(other.editor()).post(LIST, body, district.slug()).andExpect(status().isForbidden());
        long id = create(fixtures.api(district.editor()), district, body);
        fixtures.api(other.editor()).delete("/api/v1/services/{id}", id).andExpect(status().isForbidden());
        fixtures.api(district.viewer())
                .put("/api/v1/services/{id}", body.replace("}", ",\"version\":0}"), id)
                .andExpect(status().isForbidden());
        fixtures.anonymousApi().get("/api/v1/services/{id}", id).andExpect(status().isOk());
    }
}

package it.zona.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestMailServer;
import it.zona.support.ZonaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ZonaIntegrationTest
class DistrictApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestMailServer mail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlatformAdminCreatesADistrictWithTheExampleBodyAndItsFirstAdmin() throws Exception {
        ApiClient platform = fixtures.api(fixtures.platformAdmin());
        String slug = "corigliano-" + Fixtures.unique();
        String lead = fixtures.freeMunicipality();
        String other = fixtures.freeMunicipality();
        platform.post("/api/v1/districts", """
                        {"slug":"%s","name":"Ambito di Corigliano-Rossano","legalForm":"CONVENZIONE",
                         "leadMunicipality":"%s","municipalities":["%s","%s"],
                         "admin":{"username":"%s","displayName":"Ufficio di Piano"}}""".formatted(slug, lead, lead, other, "ufficio-" + slug))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/districts/" + slug))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.district.municipalities.length()").value(2))
                .andExpect(jsonPath("$.district.leadMunicipality.istatCode").value(lead))
                .andExpect(jsonPath("$.admin.username").value("ufficio-" + slug))
                .andExpect(jsonPath("$.admin.temporaryPassword").isString());
        fixtures.anonymousApi()
                .get("/api/v1/districts?q=corigliano-rossano")
                .andExpect(jsonPath("$.items[?(@.slug == '%s')].name".formatted(slug))
                        .value("Ambito di Corigliano-Rossano"));
    }

    @Test
    void theListFindsDistrictsByAMembersNameAccentsAndCaseAsideAndPagesPastItsEnd() throws Exception {
        // A free municipality with an accent in its name, as Forlì, outside the provinces 001 to 009,
        // whose codes Fixtures.freeMunicipality hands out to the other tests.
        String code = jdbc.queryForObject("""
                select min(m.istat_code) from municipality m
                where m.ceased = false and m.name like '%è%' and m.istat_code > '009999'
                  and not exists (select 1 from district_municipality dm where dm.istat_code = m.istat_code)""", String.class);
        String name = jdbc.queryForObject("select name from municipality where istat_code = ?", String.class, code);
        String slug = "accenti-" + Fixtures.unique();
        fixtures.api(fixtures.platformAdmin())
                .post("/api/v1/districts", """
                        {"slug":"%s","name":"Ambito %s","legalForm":"CONVENZIONE",
                         "leadMunicipality":"%s","municipalities":["%s"],
                         "admin":{"username":"%s","displayName":"Ufficio di Piano"}}""".formatted(slug, slug, code, code, "ufficio-" + slug))
                .andExpect(status().isCreated());
        ApiClient anyone = fixtures.anonymousApi();
        String typed = name.replace('è', 'e').toUpperCase(java.util.Locale.ROOT);
        anyone.get("/api/v1/districts?q={q}&size=100", typed)
                .andExpect(jsonPath("$.items[?(@.slug == '%s')].municipalityCount".formatted(slug))
                        .value(1))
                .andExpect(jsonPath("$.items[?(@.slug == '%s')].provinces[0]".formatted(slug))
                        .isNotEmpty())
                // a summary: the municipalities one by one are on the District's own address
                .andExpect(jsonPath("$.items[0].municipalities").doesNotExist());
        anyone.get("/api/v1/districts?q={q}", slug.toUpperCase(java.util.Locale.ROOT))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].slug").value(slug));
        anyone.get("/api/v1/districts?q={q}&page=5", slug)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.page").value(5));
        anyone.get("/api/v1/districts?q=nessun-ambito-si-chiama-cosi")
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aMunicipalityBelongsToOneDistrictOnly() throws Exception {
        TestDistrict first = fixtures.district();
        TestDistrict second = fixtures.district();
        String lead = fixtures.anonymousApi()
                .read(fixtures.anonymousApi().get("/api/v1/districts/{slug}", first.slug()))
                .get("leadMunicipality")
                .get("istatCode")
                .asString();
        fixtures.api(second.admin())
                .put("/api/v1/districts/{slug}/municipalities/{code}", "", second.slug(), lead)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(first.name())));
    }

    @Test
    void addingAMemberTwiceChangesNothingAndRemovingOneIsFinal() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient admin = fixtures.api(district.admin());
        String code = fixtures.freeMunicipality();
        admin.put("/api/v1/districts/{slug}/municipalities/{code}", "", district.slug(), code)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalities.length()").value(2))
                .andExpect(jsonPath("$.version").value(1));
        admin.put("/api/v1/districts/{slug}/municipalities/{code}", "", district.slug(), code)
                .andExpect(jsonPath("$.municipalities.length()").value(2))
                .andExpect(jsonPath("$.version").value(1));
        admin.delete("/api/v1/districts/{slug}/municipalities/{code}", district.slug(), code)
                .andExpect(status().isNoContent());
        admin.delete("/api/v1/districts/{slug}/municipalities/{code}", district.slug(), code)
                .andExpect(status().isNotFound());
    }

    @Test
    void theLeadMunicipalityCannotBeRemovedAndMustBeAMember() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient admin = fixtures.api(district.admin());
        String lead = admin.read(admin.get("/api/v1/districts/{slug}", district.slug()))
                .get("leadMunicipality")
                .get("istatCode")
                .asString();
        admin.delete("/api/v1/districts/{slug}/municipalities/{code}", district.slug(), lead)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("leadMunicipality"));
        admin.put("/api/v1/districts/{slug}", """
                        {"name":"X","legalForm":"CONVENZIONE","leadMunicipality":"%s","version":0}""".formatted(fixtures.freeMunicipality()), district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("leadMunicipality"));
    }

    @Test
    void aDistrictAdminMovesTheLeadToAnotherMember() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient admin = fixtures.api(district.admin());
        String code = fixtures.freeMunicipality();
        admin.put("/api/v1/districts/{slug}/municipalities/{code}", "", district.slug(), code);
        admin.put("/api/v1/districts/{slug}", """
                        {"name":"Ambito rinominato","legalForm":"UNIONE_DI_COMUNI","leadMunicipality":"%s",
                         "email":"ufficio@example.org","version":1}""".formatted(code), district.slug())
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.leadMunicipality.istatCode").value(code))
                .andExpect(jsonPath("$.legalForm").value("UNIONE_DI_COMUNI"))
                .andExpect(jsonPath("$.email").value("ufficio@example.org"));
    }

    @Test
    void aTakenSlugIsRefused() throws Exception {
        TestDistrict district = fixtures.district();
        fixtures.api(fixtures.platformAdmin())
                .post("/api/v1/districts", """
                        {"slug":"%s","name":"Doppio","legalForm":"CONVENZIONE","leadMunicipality":"%s"}""".formatted(district.slug(), fixtures.freeMunicipality()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("slug"));
    }

    @Test
    void aDistrictKeepsAtLeastOneAdmin() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient admin = fixtures.api(district.admin());
        admin.put(
                        "/api/v1/districts/{slug}/staff/{user}",
                        "{\"role\":\"EDITOR\"}",
                        district.slug(),
                        district.admin().username())
                .andExpect(status().isConflict());
        admin.delete(
                        "/api/v1/districts/{slug}/staff/{user}",
                        district.slug(),
                        district.admin().username())
                .andExpect(status().isConflict());
        // With a second admin, the first may step down.
        admin.put(
                        "/api/v1/districts/{slug}/staff/{user}",
                        "{\"role\":\"ADMIN\"}",
                        district.slug(),
                        district.editor().username())
                .andExpect(status().isOk());
        admin.put(
                        "/api/v1/districts/{slug}/staff/{user}",
                        "{\"role\":\"EDITOR\"}",
                        district.slug(),
                        district.admin().username())
                .andExpect(status().isOk());
    }

    @Test
    void aNewUsernameIsInvitedAndItsTemporaryPasswordGoesOnlyToTheTypedAddress() throws Exception {
        TestDistrict district = fixtures.district();
        String username = "nuovo-" + Fixtures.unique();
        String address = username + "@example.org";
        fixtures.api(district.admin())
                .put(
                        "/api/v1/districts/{slug}/staff/{user}",
                        "{\"role\":\"VIEWER\",\"displayName\":\"Nuova Persona\",\"email\":\"%s\"}".formatted(address),
                        district.slug(),
                        username)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.email").value(address))
                .andExpect(jsonPath("$.temporaryPassword").doesNotExist());
        assertThat(((String) mail.awaitMessages(address, 1).get(0).getContent()))
                .contains("Password provvisoria: ");
        fixtures.api(district.admin())
                .get("/api/v1/districts/{slug}/staff/invitations", district.slug())
                .andExpect(jsonPath("$[?(@.username == '%s')].role".formatted(username))
                        .value("VIEWER"));
    }
}

package it.zona.governance;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ZonaIntegrationTest
class GovernanceApiTest {

    @Autowired
    Fixtures fixtures;

    private long person(ApiClient api, TestDistrict district, String familyName) throws Exception {
        return api.read(api.post("/api/v1/districts/{slug}/people", """
                                {"givenName":"Maria","familyName":"%s","position":"Sindaco"}""".formatted(familyName), district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    private String lead(TestDistrict district) throws Exception {
        ApiClient anonymous = fixtures.anonymousApi();
        return anonymous
                .read(anonymous.get("/api/v1/districts/{slug}", district.slug()))
                .get("leadMunicipality")
                .get("istatCode")
                .asString();
    }

    @Test
    void aBodyWithMembersIsPublicWithCurrentAndPastSeats() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long mayor = person(editor, district, "Attuale");
        long former = person(editor, district, "Precedente");
        long body = editor.read(editor.post(
                                "/api/v1/districts/{slug}/governing-bodies",
                                """
                                {"type":"INSTITUTIONAL_BOARD","name":"Coordinamento istituzionale",
                                 "members":[
                                   {"personId":%d,"role":"PRESIDENT","municipality":"%s","startDate":"2024-01-01"},
                                   {"personId":%d,"role":"MEMBER","startDate":"2019-01-01","endDate":"2023-12-31"}]}""".formatted(mayor, lead(district), former),
                                district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/governing-bodies/{id}", district.slug(), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[?(@.personName == 'Maria Attuale')].current")
                        .value(true))
                .andExpect(jsonPath("$.members[?(@.personName == 'Maria Precedente')].current")
                        .value(false))
                .andExpect(jsonPath("$.members[?(@.role == 'PRESIDENT')].municipalityName")
                        .isNotEmpty());
    }

    @Test
    void membersMustBePeopleAndMunicipalitiesOfTheDistrict() throws Exception {
        TestDistrict district = fixtures.district();
        TestDistrict other = fixtures.district();
        long stranger = person(fixtures.api(other.editor()), other, "Estranea");
        ApiClient editor = fixtures.api(district.editor());
        editor.post("/api/v1/districts/{slug}/governing-bodies", """
                        {"type":"BOARD","name":"CdA","members":[{"personId":%d,"role":"MEMBER","startDate":"2024-01-01"}]}""".formatted(stranger), district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("members[0].personId"));
        long local = person(editor, district, "Locale");
        editor.post("/api/v1/districts/{slug}/governing-bodies", """
                        {"type":"BOARD","name":"CdA","members":[
                          {"personId":%d,"role":"MEMBER","municipality":"%s","startDate":"2024-01-01"}]}""".formatted(local, lead(other)), district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("members[0].municipality"));
    }

    @Test
    void overlappingSeatsOfOnePersonAndEndsBeforeStartsAreRefused() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long mayor = person(editor, district, "Doppia");
        editor.post("/api/v1/districts/{slug}/governing-bodies", """
                        {"type":"BOARD","name":"CdA","members":[
                          {"personId":%d,"role":"PRESIDENT","startDate":"2024-01-01"},
                          {"personId":%d,"role":"MEMBER","startDate":"2024-06-01"}]}""".formatted(mayor, mayor), district.slug())
                .andExpect(status().isConflict());
        editor.post("/api/v1/districts/{slug}/governing-bodies", """
                        {"type":"BOARD","name":"CdA","members":[
                          {"personId":%d,"role":"MEMBER","startDate":"2024-06-01","endDate":"2024-01-01"}]}""".formatted(mayor), district.slug())
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aPutWithMembersReplacesThemAndWithoutKeepsThem() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long a = person(editor, district, "Prima");
        long b = person(editor, district, "Seconda");
        long body = editor.read(
                        editor.post("/api/v1/districts/{slug}/governing-bodies", """
                                {"type":"BOARD","name":"CdA","members":[{"personId":%d,"role":"MEMBER","startDate":"2024-01-01"}]}""".formatted(a), district.slug()))
                .get("id")
                .asLong();
        editor.put("/api/v1/districts/{slug}/governing-bodies/{id}", """
                        {"type":"BOARD","name":"Consiglio","version":0}""", district.slug(), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Consiglio"))
                .andExpect(jsonPath("$.members.length()").value(1));
        editor.put("/api/v1/districts/{slug}/governing-bodies/{id}", """
                        {"type":"BOARD","name":"Consiglio","version":1,
                         "members":[{"personId":%d,"role":"PRESIDENT","startDate":"2025-01-01"}]}""".formatted(b), district.slug(), body)
                .andExpect(jsonPath("$.members.length()").value(1))
                .andExpect(jsonPath("$.members[0].personName").value("Maria Seconda"));
    }

    @Test
    void aPersonWhoSitsInABodyCannotBeDeletedAndTheAnswerNamesTheBody() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long mayor = person(editor, district, "Sindaca");
        editor.post("/api/v1/districts/{slug}/governing-bodies", """
                        {"type":"MAYORS_CONFERENCE","name":"Conferenza dei Sindaci",
                         "members":[{"personId":%d,"role":"MEMBER","startDate":"2024-01-01"}]}""".formatted(mayor), district.slug())
                .andExpect(status().isCreated());
        editor.delete("/api/v1/districts/{slug}/people/{id}", district.slug(), mayor)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Conferenza dei Sindaci")));
        editor.get("/api/v1/districts/{slug}/people/{id}", district.slug(), mayor)
                .andExpect(status().isOk());
    }
}

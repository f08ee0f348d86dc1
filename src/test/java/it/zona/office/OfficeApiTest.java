package it.zona.office;

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
class OfficeApiTest {

    @Autowired
    Fixtures fixtures;

    private static final String OFFICE = """
            {"name":"Sede","address":"Via Roma 1","postalCode":"10100",
             "hours":[{"day":"MONDAY","opens":"09:00","closes":"12:00"},
                      {"day":"WEDNESDAY","opens":"15:30","closes":"17:30"}],
             "closures":[{"firstDay":"2026-12-24","lastDay":"2026-12-26","reason":"Natale"}]}""";

    @Test
    void anOfficeWithHoursIsPublicAndSaysWhetherItIsOpenNow() throws Exception {
        TestDistrict district = fixtures.district();
        long id = fixtures.api(district.editor())
                .read(fixtures.api(district.editor())
                        .post("/api/v1/districts/{slug}/offices", OFFICE, district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/offices/{id}", district.slug(), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hours.length()").value(2))
                .andExpect(jsonPath("$.hours[0].day").value("MONDAY"))
                .andExpect(jsonPath("$.hours[0].opens").value("09:00:00"))
                .andExpect(jsonPath("$.closures[0].reason").value("Natale"))
                .andExpect(jsonPath("$.status.open").isBoolean());
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}", district.slug())
                .andExpect(jsonPath("$.offices[0].name").value("Sede"));
    }

    @Test
    void overlappingHoursAreRefusedAndNothingIsSaved() throws Exception {
        TestDistrict district = fixtures.district();
        fixtures.api(district.editor())
                .post("/api/v1/districts/{slug}/offices", """
                        {"name":"Sede","address":"Via Roma 1","hours":[
                          {"day":"MONDAY","opens":"09:00","closes":"12:00"},
                          {"day":"MONDAY","opens":"11:00","closes":"13:00"}]}""", district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/offices", district.slug())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aPutWithoutHoursKeepsThemAndWithHoursReplacesThem() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long id = editor.read(editor.post("/api/v1/districts/{slug}/offices", OFFICE, district.slug()))
                .get("id")
                .asLong();
        editor.put("/api/v1/districts/{slug}/offices/{id}", """
                        {"name":"Sede centrale","address":"Via Roma 1","version":0}""", district.slug(), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hours.length()").value(2))
                .andExpect(jsonPath("$.closures.length()").value(1));
        editor.put("/api/v1/districts/{slug}/offices/{id}", """
                        {"name":"Sede centrale","address":"Via Roma 1","version":1,"hours":[],"closures":[]}""", district.slug(), id)
                .andExpect(jsonPath("$.hours.length()").value(0))
                .andExpect(jsonPath("$.closures.length()").value(0))
                .andExpect(jsonPath("$.status.open").value(false));
    }

    @Test
    void anOfficesMunicipalityMustBeOneOfTheDistricts() throws Exception {
        TestDistrict district = fixtures.district();
        fixtures.api(district.editor())
                .post("/api/v1/districts/{slug}/offices", """
                        {"name":"Sede","address":"Via Roma 1","municipality":"075061"}""", district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("municipality"));
    }

    @Test
    void thePlanningOfficeIsDescribedOnceAndThenUpdatedWithItsVersion() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/planning-office", district.slug())
                .andExpect(jsonPath("$.name").doesNotExist())
                .andExpect(jsonPath("$.version").value(-1));
        editor.put("/api/v1/districts/{slug}/planning-office", """
                        {"name":"Ufficio di Piano","email":"udp@example.org","version":-1}""", district.slug())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));
        editor.put("/api/v1/districts/{slug}/planning-office", """
                        {"name":"Ufficio di Piano","email":"altro@example.org","version":0}""", district.slug())
                .andExpect(jsonPath("$.version").value(1));
        editor.put("/api/v1/districts/{slug}/planning-office", """
                        {"name":"Ufficio di Piano stale","version":0}""", district.slug())
                .andExpect(status().isConflict());
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/planning-office", district.slug())
                .andExpect(jsonPath("$.email").value("altro@example.org"));
    }

    @Test
    void theHeadOfThePlanningOfficeCannotBeDeleted() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long head = editor.read(editor.post(
                        "/api/v1/districts/{slug}/people",
                        "{\"givenName\":\"Paola\",\"familyName\":\"Capo\"}",
                        district.slug()))
                .get("id")
                .asLong();
        editor.put("/api/v1/districts/{slug}/planning-office", """
                        {"name":"Ufficio di Piano di prova","headPersonId":%d,"version":-1}""".formatted(head), district.slug())
                .andExpect(jsonPath("$.headName").value("Paola Capo"));
        editor.delete("/api/v1/districts/{slug}/people/{id}", district.slug(), head)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Ufficio di Piano di prova")));
    }
}

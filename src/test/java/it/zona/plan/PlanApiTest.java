package it.zona.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestCalendar;
import it.zona.support.ZonaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ZonaIntegrationTest
class PlanApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    private static final String PLAN = """
            {"title":"Piano sociale di zona 2027-2029","firstYear":2027,"lastYear":2029,
             "launchDate":"2026-09-24","launchTime":"17:30","launchPlace":"Castello Ducale",
             "actsDeadline":"2026-12-31"}""";

    @Test
    void anEditorCreatesAPlanThatOnlyTheStaffSeeUntilTheMayorsApproveIt() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long id = editor.read(editor.post("/api/v1/districts/{slug}/plans", PLAN, district.slug())
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.stage").value("LAUNCH"))
                        .andExpect(jsonPath("$.history.length()").value(1))
                        .andExpect(jsonPath("$.launch.place").value("Castello Ducale"))
                        .andExpect(jsonPath("$.published").value(false)))
                .get("id")
                .asLong();
        fixtures.anonymousApi().get("/api/v1/plans/{id}", id).andExpect(status().isUnauthorized());
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/plans", district.slug())
                .andExpect(jsonPath("$.length()").value(0));
        fixtures.api(fixtures.district().editor()).get("/api/v1/plans/{id}", id).andExpect(status().isForbidden());
        fixtures.api(district.viewer()).get("/api/v1/plans/{id}", id).andExpect(status().isOk());

        fixtures.approve(district, id);
        fixtures.anonymousApi()
                .get("/api/v1/plans/{id}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("AGREEMENT"))
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.history.length()").value(5))
                .andExpect(jsonPath("$.history[4].act").value("Atto di prova"));
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/plans", district.slug())
                .andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void periodsOfADistrictsPlansDoNotOverlapAndTheLinkedPreviousPlanEndsBefore() throws Exception {
        TestDistrict district = fixtures.district();
        long first = fixtures.plan(district, 2021, 2023);
        ApiClient editor = fixtures.api(district.editor());
        editor.post(
                        "/api/v1/districts/{slug}/plans",
                        "{\"title\":\"Sovrapposto\",\"firstYear\":2023,\"lastYear\":2025}",
                        district.slug())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("2021-2023")));
        editor.post(
                        "/api/v1/districts/{slug}/plans",
                        "{\"title\":\"Lungo\",\"firstYear\":2024,\"lastYear\":2029}",
                        district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lastYear"));
        editor.post(
                        "/api/v1/districts/{slug}/plans",
                        "{\"title\":\"Seguente\",\"firstYear\":2024,\"lastYear\":2026,\"previousPlanId\":%d}"
                                .formatted(first),
                        district.slug())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.previousPlan.id").value(first));
        long other = fixtures.plan(fixtures.district(), 2030, 2032);
        editor.post(
                        "/api/v1/districts/{slug}/plans",
                        "{\"title\":\"Altro\",\"firstYear\":2030,\"lastYear\":2032,\"previousPlanId\":%d}"
                                .formatted(other),
                        district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("previousPlanId"));
    }

    @Test
    void onlyTheDistrictsAdminsMoveThePlanAndOnlyAlongTheIter() throws Exception {
        TestDistrict district = fixtures.district();
        long id = fixtures.plan(district, 2027, 2029);
        String today = TestCalendar.today().toString();
        String step = "{\"to\":\"TABLES\",\"decidedOn\":\"" + today + "\",\"act\":\"Determina n. 1\",\"version\":0}";
        fixtures.api(district.editor())
                .post("/api/v1/plans/{id}/transitions", step, id)
                .andExpect(status().isForbidden());
        fixtures.api(district.admin())
                .post(
                        "/api/v1/plans/{id}/transitions",
                        "{\"to\":\"APPROVAL\",\"decidedOn\":\"" + today + "\",\"version\":0}",
                        id)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Dalla fase «Avvio» non si può passare a «Approvazione dei Sindaci»."));
        fixtures.api(district.admin())
                .post("/api/v1/plans/{id}/transitions", step, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("TABLES"))
                .andExpect(jsonPath("$.nextStages", hasItem("DRAFTING")))
                .andExpect(jsonPath("$.history[1].recordedBy")
                        .value(district.admin().username()));
    }

    @Test
    void afterApprovalOnlyAdminsChangeThePlanAndTheirReasonGoesIntoTheLog() throws Exception {
        TestDistrict district = fixtures.district();
        long id = fixtures.plan(district, 2027, 2029);
        fixtures.approve(district, id);
        String change =
                "{\"title\":\"Piano sociale di zona 2027-2029 (aggiornato)\",\"firstYear\":2027,\"lastYear\":2029}";
        mvc.perform(put("/api/v1/plans/{id}", id)
                        .header("Authorization", district.editor().bearer())
                        .header("If-Match", "\"4\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/plans/{id}", id)
                        .header("Authorization", district.admin().bearer())
                        .header("If-Match", "\"4\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(put("/api/v1/plans/{id}", id)
                        .header("Authorization", district.admin().bearer())
                        .header("If-Match", "\"4\"")
                        .header("Zona-Change-Reason", "Delibera n. 7: titolo corretto")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(containsString("aggiornato")));
        mvc.perform(get("/api/v1/districts/{slug}/audit", district.slug())
                        .param("entity", "Plan")
                        .header("Authorization", district.admin().bearer()))
                .andExpect(jsonPath("$.items[0].reason").value("Delibera n. 7: titolo corretto"))
                .andExpect(jsonPath("$.items[1].reason").doesNotExist());
    }

    @Test
    void aDraftStaysOffTheDistrictsPublicPageButAnApprovedPlanIsListed() throws Exception {
        TestDistrict district = fixtures.district();
        long draft = fixtures.plan(district, 2024, 2026);
        long approved = fixtures.plan(district, 2027, 2029);
        fixtures.approve(district, approved);
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}", district.slug())
                .andExpect(jsonPath("$.plans[*].id", hasItem((int) approved)))
                .andExpect(jsonPath("$.plans[*].id", not(hasItem((int) draft))));
    }
}

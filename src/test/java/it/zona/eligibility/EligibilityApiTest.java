package it.zona.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The criteria of a service and the eligibility check through the API: criteria read as written and
 * put back as read, refused with the field they are wrong in, changed only by the District's
 * editors; the check public, stateless and never cached, criterion by criterion with the band.
 */
@ZonaIntegrationTest
class EligibilityApiTest {

    private static final String CRITERIA = "/api/v1/services/{id}/criteria";
    private static final String CHECK = "/api/v1/districts/{slug}/eligibility";

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long service(ApiClient editor, TestDistrict district, String title) throws Exception {
        return editor.read(editor.post("/api/v1/districts/{slug}/services", """
                                {"kind": "SERVICE", "category": "HEALTH_WELFARE_CARE", "title": "%s", "status": "ACTIVE",
                                 "summary": "Breve.", "audienceText": "Tutti.", "howTo": "Allo sportello.",
                                 "outcome": "Un aiuto.", "audiences": ["EVERYONE"], "allMunicipalities": true}""".formatted(title), district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    @Test
    void criteriaAreReadAsWrittenAndWhatAGetReturnsAPutTakesBack() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long id = service(editor, district, "Assegno di cura");

        JsonNode none = fixtures.anonymousApi()
                .read(fixtures.anonymousApi()
                        .get(CRITERIA, id)
                        .andExpect(status().isOk())
                        .andExpect(header().string(HttpHeaders.ETAG, "\"0\"")));
        assertThat(none.get("described").asBoolean()).isFalse();
        assertThat(none.get("criteria").isNull()).isTrue();
        assertThat(none.get("districtSlug").asString()).isEqualTo(district.slug());

        JsonNode written = editor.read(editor.put(CRITERIA, CheckedDistrict.CARE_ALLOWANCE, id)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\"")));
        assertThat(written.get("described").asBoolean()).isTrue();
        assertThat(written.get("version").asLong()).isEqualTo(1);
        assertThat(written.at("/criteria/items/0/kind").asString()).isEqualTo("iseeAtMost");
        assertThat(written.at("/criteria/items/0/threshold").decimalValue()).isEqualByComparingTo("30000");
        assertThat(written.at("/bands/items/1/value").decimalValue()).isEqualByComparingTo("300");

        JsonNode read = fixtures.anonymousApi().read(fixtures.anonymousApi().get(CRITERIA, id));
        assertThat(read).isEqualTo(written);
        ((ObjectNode) read.at("/criteria/items/2")).put("percent", 74);
        JsonNode changed = editor.read(editor.put(CRITERIA, read.toString(), id).andExpect(status().isOk()));
        assertThat(changed.at("/criteria/items/2/percent").asInt()).isEqualTo(74);
        assertThat(changed.get("version").asLong()).isEqualTo(2);

        editor.put(CRITERIA, read.toString(), id).andExpect(status().isConflict());
        mvc.perform(put(CRITERIA, id)
                        .header(HttpHeaders.AUTHORIZATION, district.editor().bearer())
                        .header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"criteria\": null}"))
                .andExpect(status().isPreconditionFailed());
        editor.put(CRITERIA, "{\"criteria\": null}", id).andExpect(status().isPreconditionRequired());
        JsonNode open = editor.read(editor.put(CRITERIA, "{\"criteria\": null, \"bands\": null, \"version\": 2}", id)
                .andExpect(status().isOk()));
        assertThat(open.get("described").asBoolean())
                .as("described as open to everybody")
                .isTrue();
        assertThat(open.get("criteria").isNull()).isTrue();

        assertThat(jdbc.queryForList(
                        "select action from audit_entry where entity_type = 'ServiceAccessCriteria' and entity_id = ?"
                                + " order by id",
                        String.class,
                        String.valueOf(id)))
                .containsExactly("CREATED", "UPDATED", "UPDATED");

        editor.delete("/api/v1/services/{id}", id).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject(
                        "select count(*) from service_access_criteria where service_id = ?", Long.class, id))
                .as("the criteria go with their service")
                .isZero();
        fixtures.anonymousApi().get(CRITERIA, id).andExpect(status().isNotFound());
    }

    @Test
    void criteriaAnOfficeCouldNotMeanAreRefusedNamingTheirFieldAndNothingIsSaved() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient editor = fixtures.api(district.editor());
        long id = service(editor, district, "Servizio");
        String outsider = fixtures.freeMunicipality();
        String[][] refused = {
            {"{\"kind\": \"ageRange\", \"min\": 70, \"max\": 65}", null, "criteria.max"},
            {
                "{\"kind\": \"group\", \"combinator\": \"ALL_OF\", \"items\": [{\"kind\": \"ageRange\", \"min\": 18},"
                        + " {\"kind\": \"residence\", \"municipalities\": [\"" + outsider + "\"]}]}",
                null,
                "criteria.items[1].municipalities[0]"
            },
            {"{\"kind\": \"assessment\", \"note\": \" \"}", null, "criteria.note"},
            {"{\"kind\": \"group\", \"combinator\": \"ANY_OF\", \"items\": []}", null, "criteria.items"},
            {
                "null",
                "{\"kind\": \"AMOUNT\", \"type\": \"ORDINARY\", \"items\": [{\"iseeUpTo\": 9000, \"value\": 100},"
                        + " {\"iseeUpTo\": 8000, \"value\": 50}]}",
                "bands.items[1].iseeUpTo"
            },
            {"null", "{\"kind\": \"AMOUNT\", \"type\": \"ORDINARY\", \"items\": []}", "bands.items"},
        };
        for (String[] attempt : refused) {
            editor.put(
                            CRITERIA,
                            "{\"criteria\": %s, \"bands\": %s, \"version\": 0}".formatted(attempt[0], attempt[1]),
                            id)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(attempt[2]));
        }
        editor.put(CRITERIA, "{\"criteria\": {\"kind\": \"nothing\"}, \"version\": 0}", id)
                .andExpect(status().isBadRequest());
        editor.put(CRITERIA, "{\"criteria\": null, \"colour\": \"red\", \"version\": 0}", id)
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from service_access_criteria where service_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void onlyTheDistrictsEditorsChangeCriteriaWhichAnybodyReads() throws Exception {
        TestDistrict district = fixtures.district();
        TestDistrict other = fixtures.district();
        long id = service(fixtures.api(district.editor()), district, "Servizio");
        String body = "{\"criteria\": {\"kind\": \"ageRange\", \"min\": 65}, \"version\": 0}";
        fixtures.anonymousApi().put(CRITERIA, body, id).andExpect(status().isUnauthorized());
        fixtures.api(district.viewer()).put(CRITERIA, body, id).andExpect(status().isForbidden());
        fixtures.api(other.editor()).put(CRITERIA, body, id).andExpect(status().isForbidden());
        fixtures.api(district.viewer())
                .put(CRITERIA, "{\"criteria\": null}", id)
                .andExpect(status().isForbidden());
        fixtures.api(district.admin()).put(CRITERIA, body, id).andExpect(status().isOk());
        fixtures.anonymousApi().get(CRITERIA, id).andExpect(status().isOk());
        fixtures.anonymousApi().get(CRITERIA, 999_999_999L).andExpect(status().isNotFound());
    }

    /** The check, as an anonymous client asks it: no token, no cookie, nothing kept. */
    private ResultActions check(TestDistrict district, String answers, String language) throws Exception {
        return mvc.perform(post(CHECK, district.slug())
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .content(answers));
    }

    private static JsonNode service(JsonNode result, long id) {
        for (JsonNode service : result.get("services")) {
            if (service.get("serviceId").asLong() == id) {
                return service;
            }
        }
        throw new AssertionError("No service " + id + " in " + result);
    }

    private static List<String> reasons(JsonNode service) {
        List<String> reasons = new ArrayList<>();
        service.get("findings")
                .forEach(f -> reasons.add(
                        f.get("verdict").asString() + " " + f.get("reason").asString()));
        return reasons;
    }

    @Test
    void theCheckWeighsEachServiceCriterionByCriterionWithItsBandAndKeepsNothing() throws Exception {
        CheckedDistrict checked = CheckedDistrict.create(fixtures);
        TestDistrict district = checked.district();
        MvcResult answered = check(district, """
                        {"age": 80, "municipality": "%s", "iseeType": "SOCIO_HEALTH", "isee": 12000.50,
                         "householdMembers": 2, "minors": 0, "disability": "NONE", "invalidityPercent": 100,
                         "nonSelfSufficient": true}""".formatted(checked.lead()), "it")
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andReturn();
        assertThat(answered.getRequest().getSession(false)).as("no session").isNull();
        JsonNode result = fixtures.anonymousApi()
                .read(mvc.perform(post(CHECK, district.slug())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(answered.getRequest().getContentAsString())));
        assertThat(result.get("notice").asString()).contains("orientamento, non una decisione");
        assertThat(result.at("/undescribed/0/title").asString()).isEqualTo("Segretariato sociale");

        JsonNode homeCare = service(result, checked.homeCare());
        assertThat(homeCare.get("title").asString()).isEqualTo("Assistenza domiciliare");
        assertThat(homeCare.get("verdict").asString()).isEqualTo("ASSESSED");
        assertThat(homeCare.get("findings").get(1).get("path").asString()).isEqualTo("criteria.items[1].items[0]");
        assertThat(homeCare.get("findings").get(1).get("criterion").asString()).isEqualTo("ageRange");
        assertThat(homeCare.get("findings").get(1).get("messageKey").asString())
                .isEqualTo("eligibility.reason.ageAtLeast");
        assertThat(reasons(homeCare))
                .containsExactly(
                        "MET Residenza in un Comune dell’Ambito.",
                        "MET Età 80 anni: almeno 65.",
                        "NOT_MET Nessuna disabilità riconosciuta ai sensi della L. 104/1992.",
                        "ASSESSED Valutazione dell’assistente sociale: Il bisogno di assistenza lo valuta"
                                + " l’assistente sociale a domicilio.");

        JsonNode allowance = service(result, checked.careAllowance());
        assertThat(allowance.get("verdict").asString()).isEqualTo("MET");
        assertThat(allowance.at("/band/kind").asString()).isEqualTo("AMOUNT");
        assertThat(allowance.at("/band/value").decimalValue()).isEqualByComparingTo("600");
        assertThat(allowance.at("/band/iseeUpTo").decimalValue()).isEqualByComparingTo("15000");
        assertThat(allowance.at("/band/reason").asString())
                .isEqualTo("Importo: 600,00 € (fascia con ISEE fino a 15.000,00 €).");

        JsonNode nursery = service(result, checked.nursery());
        assertThat(nursery.get("verdict").asString()).isEqualTo("NOT_MET");
        assertThat(reasons(nursery))
                .containsExactly(
                        "NOT_MET Serve l’ISEE minorenni: è indicato l’ISEE sociosanitario.",
                        "NOT_MET Minorenni nel nucleo: 0, meno del minimo richiesto di 1.");
        assertThat(nursery.at("/band/verdict").asString()).isEqualTo("NOT_MET");
        assertThat(nursery.at("/band/value").isNull()).isTrue();

        assertThat(service(result, checked.rent()).get("verdict").asString()).isEqualTo("NOT_MET");
        JsonNode income = service(result, checked.minimumIncome());
        assertThat(income.get("verdict").asString()).isEqualTo("NOT_MET");

        JsonNode unknown = fixtures.anonymousApi().read(check(district, "{\"age\": 40}", "en"));
        JsonNode allowanceUnknown = service(unknown, checked.careAllowance());
        assertThat(allowanceUnknown.get("verdict").asString()).isEqualTo("UNKNOWN");
        assertThat(allowanceUnknown.get("unanswered").toString())
                .isEqualTo("[\"ISEE\",\"INVALIDITY\",\"SELF_SUFFICIENCY\"]");
        assertThat(reasons(allowanceUnknown)).contains("UNKNOWN Not stated whether the person is self-sufficient.");
        assertThat(unknown.get("notice").asString()).contains("guidance, not a decision");
    }

    @Test
    void answersNoPersonCanGiveAreRefusedWithTheirFieldNeverWithA500() throws Exception {
        CheckedDistrict checked = CheckedDistrict.create(fixtures);
        TestDistrict district = checked.district();
        Map<String, String> refused = Map.of(
                "{\"age\": 130}", "age",
                "{\"age\": -1}", "age",
                "{\"isee\": -10, \"iseeType\": \"ORDINARY\"}", "isee",
                "{\"isee\": 1000}", "iseeType",
                "{\"municipality\": \"999999\"}", "municipality",
                "{\"municipality\": \"Maglie\"}", "municipality",
                "{\"householdMembers\": 2, \"minors\": 2}", "minors",
                "{\"invalidityPercent\": 101}", "invalidityPercent");
        for (Map.Entry<String, String> attempt : refused.entrySet()) {
            check(district, attempt.getKey(), "it")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(attempt.getValue()))
                    .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        }
        for (String malformed :
                List.of("{\"age\": \"old\"}", "{\"iseeType\": \"GOLD\"}", "{\"isee\": \"12.000,50\"}", "[]", "")) {
            check(district, malformed, "it").andExpect(status().isBadRequest());
        }
        check(district, "{\"municipality\": \"%s\"}".formatted(fixtures.freeMunicipality()), "it")
                .andExpect(status().isOk());
        mvc.perform(post(CHECK, "no-such-district")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
    }
}

package it.zona.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.ZonaIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Indicators through the API: what a GET answers a PUT takes back; measurements are never rewritten
 * and a correction replaces the corrected one in the status; an indicator with measurements stays;
 * indicators are public with their plan, who recorded a measurement is not.
 */
@ZonaIntegrationTest
class IndicatorApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    JdbcTemplate jdbc;

    private record Scene(TestDistrict district, long plan, long area, long objective, long intervention) {}

    private Scene scene() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long area = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, area, "Sostenere la domiciliarità");
        long intervention = content.intervention(district, plan, objective, "Telesoccorso", 2024, 2026);
        return new Scene(district, plan, area, objective, intervention);
    }

    private static String indicator(String subject, String name, String direction, String extra) {
        return """
                {%s,"name":"%s","kind":"OUTPUT","unit":"utenti","direction":"%s",
                 "baselineValue":100,"baselineYear":2023,"baselineSource":"Cartella sociale",
                 "targets":[{"year":2024,"value":120},{"year":2025,"value":140}]%s}""".formatted(subject, name, direction, extra);
    }

    private long create(ApiClient editor, long plan, String body) throws Exception {
        return editor.read(editor.post("/api/v1/plans/{id}/indicators", body, plan)
                        .andExpect(status().isCreated())
                        .andExpect(header().exists("Location"))
                        .andExpect(header().string("ETag", "\"0\"")))
                .get("id")
                .asLong();
    }

    private JsonNode measure(ApiClient editor, long indicator, String body) throws Exception {
        return editor.read(editor.post("/api/v1/indicators/{id}/measurements", body, indicator)
                .andExpect(status().isCreated()));
    }

    @Test
    void whatAGetReturnsAPutTakesBackAndAStaleVersionIsRefused() throws Exception {
        Scene s = scene();
        ApiClient editor = fixtures.api(s.district().editor());
        long id = create(
                editor,
                s.plan(),
                indicator("\"objectiveId\":" + s.objective(), "Utenti seguiti", "HIGHER_IS_BETTER", ""));

        JsonNode read = editor.read(editor.get("/api/v1/indicators/{id}", id)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")));
        assertThat(read.get("objective").get("name").asString()).isEqualTo("Sostenere la domiciliarità");
        assertThat(read.get("area").get("name").asString()).isEqualTo("Anziani");
        assertThat(read.get("baseline").get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(read.get("years")).hasSize(3);
        assertThat(read.get("years").get(0).get("status").asString()).isEqualTo("NO_DATA");
        ((ObjectNode) read).put("name", "Utenti seguiti nell’anno");
        JsonNode changed = editor.read(
                editor.put("/api/v1/indicators/{id}", read.toString(), id).andExpect(status().isOk()));
        assertThat(changed.get("name").asString()).isEqualTo("Utenti seguiti nell’anno");
        assertThat(changed.get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("targets")).hasSize(2);
        assertThat(changed.get("baseline").get("source").asString()).isEqualTo("Cartella sociale");
        editor.put("/api/v1/indicators/{id}", read.toString(), id).andExpect(status().isConflict());

        ObjectNode moved = (ObjectNode) changed.deepCopy();
        moved.putNull("objective");
        moved.put("interventionId", s.intervention());
        JsonNode onIntervention = editor.read(
                editor.put("/api/v1/indicators/{id}", moved.toString(), id).andExpect(status().isOk()));
        assertThat(onIntervention.get("intervention").get("name").asString()).isEqualTo("Telesoccorso");
        assertThat(onIntervention.get("objective").isNull()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'Indicator' and entity_id = ?",
                        Long.class,
                        String.valueOf(id)))
                .isEqualTo(3);
    }

    @Test
    void anIndicatorNamesOneSubjectOfItsPlanAndTargetsOnlyTheYearsOfThePlan() throws Exception {
        Scene s = scene();
        Scene other = scene();
        ApiClient editor = fixtures.api(s.district().editor());
        String both = "\"objectiveId\":%d,\"interventionId\":%d".formatted(s.objective(), s.intervention());
        String[][] refused = {
            {indicator("\"objectiveId\":null", "Nessun soggetto", "HIGHER_IS_BETTER", ""), "objectiveId"},
            {indicator(both, "Due soggetti", "HIGHER_IS_BETTER", ""), "interventionId"},
            {
                indicator("\"objectiveId\":" + other.objective(), "Di un altro piano", "HIGHER_IS_BETTER", ""),
                "objectiveId"
            },
            {
                indicator("\"interventionId\":" + s.intervention(), "Anno fuori", "HIGHER_IS_BETTER", "")
                        .replace("\"year\":2025", "\"year\":2027"),
                "targets[1].year"
            },
            {
                indicator("\"interventionId\":" + s.intervention(), "Anno due volte", "HIGHER_IS_BETTER", "")
                        .replace("\"year\":2025", "\"year\":2024"),
                "targets[1].year"
            },
            {
                indicator("\"interventionId\":" + s.intervention(), "Partenza a metà", "HIGHER_IS_BETTER", "")
                        .replace("\"baselineYear\":2023", "\"baselineYear\":null"),
                "baselineYear"
            },
        };
        for (String[] attempt : refused) {
            editor.post("/api/v1/plans/{id}/indicators", attempt[0], s.plan())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(attempt[1]));
        }
        editor.post(
                        "/api/v1/plans/{id}/indicators",
                        indicator("\"interventionId\":" + s.intervention(), "Troppi decimali", "HIGHER_IS_BETTER", "")
                                .replace("\"baselineValue\":100", "\"baselineValue\":100.125"),
                        s.plan())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("baselineValue"));
        fixtures.api(s.district().viewer())
                .post(
                        "/api/v1/plans/{id}/indicators",
                        indicator("\"interventionId\":" + s.intervention(), "Da chi legge", "HIGHER_IS_BETTER", ""),
                        s.plan())
                .andExpect(status().isForbidden());
    }

    @Test
    void aCorrectionReplacesTheCorrectedValueWhichStaysInTheHistoryAndIsCorrectedOnce() throws Exception {
        Scene s = scene();
        ApiClient editor = fixtures.api(s.district().editor());
        long id = create(
                editor,
                s.plan(),
                indicator("\"interventionId\":" + s.intervention(), "Utenti", "HIGHER_IS_BETTER", ""));
        long wrong = measure(editor, id, "{\"year\":2024,\"value\":125,\"source\":\"Gestore\"}")
                .get("id")
                .asLong();
        assertThat(editor.read(editor.get("/api/v1/indicators/{id}", id))
                        .get("years")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("REACHED");

        editor.post(
                        "/api/v1/indicators/{id}/measurements",
                        "{\"year\":2024,\"value\":110,\"corrects\":%d}".formatted(wrong),
                        id)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        JsonNode correction = measure(
                editor,
                id,
                "{\"year\":2024,\"value\":110,\"corrects\":%d,\"note\":\"Contava due volte gli stessi utenti\"}"
                        .formatted(wrong));
        assertThat(correction.get("corrects").asLong()).isEqualTo(wrong);
        editor.post(
                        "/api/v1/indicators/{id}/measurements",
                        "{\"year\":2024,\"value\":111,\"corrects\":%d,\"note\":\"Di nuovo\"}".formatted(wrong),
                        id)
                .andExpect(status().isConflict());

        JsonNode read = editor.read(editor.get("/api/v1/indicators/{id}", id));
        assertThat(read.get("years").get(0).get("value").decimalValue()).isEqualByComparingTo("110");
        assertThat(read.get("years").get(0).get("status").asString()).isEqualTo("BEHIND");
        JsonNode history = editor.read(editor.get("/api/v1/indicators/{id}/measurements", id));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("id").asLong())
                .isEqualTo(correction.get("id").asLong());
        assertThat(history.get(1).get("correctedBy").asLong())
                .isEqualTo(correction.get("id").asLong());
        assertThat(history.get(1).get("value").decimalValue()).isEqualByComparingTo("125");
        assertThat(history.get(1).get("recordedBy").asString())
                .isEqualTo(s.district().editor().username());
        editor.get("/api/v1/indicators/{id}/measurements/{m}", id, wrong).andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("update indicator_measurement set measured_value = 1 where id = ?", wrong))
                .as("the database keeps measurements as written, whoever asks")
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("delete from indicator_measurement where id = ?", wrong))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);

        ApiClient other = fixtures.api(scene().district().editor());
        other.post("/api/v1/indicators/{id}/measurements", "{\"year\":2024,\"value\":1}", id)
                .andExpect(status().isForbidden());
    }

    @Test
    void aMeasurementIsOfAYearOfThePlanAndItsDaysFallInThatYear() throws Exception {
        Scene s = scene();
        ApiClient editor = fixtures.api(s.district().editor());
        long id = create(
                editor, s.plan(), indicator("\"interventionId\":" + s.intervention(), "Ore", "HIGHER_IS_BETTER", ""));
        String[][] refused = {
            {"{\"year\":2023,\"value\":1}", "year"},
            {"{\"year\":2024,\"value\":1,\"referenceDate\":\"2025-01-01\"}", "referenceDate"},
            {"{\"year\":2024,\"value\":1,\"periodFrom\":\"2024-03-01\"}", "periodTo"},
            {"{\"year\":2024,\"value\":1,\"periodFrom\":\"2024-03-01\",\"periodTo\":\"2024-02-01\"}", "periodTo"},
            {
                "{\"year\":2024,\"value\":1,\"periodFrom\":\"2024-01-01\",\"periodTo\":\"2024-02-01\",\"referenceDate\":\"2024-01-15\"}",
                "referenceDate"
            },
            {"{\"year\":2024,\"value\":1,\"corrects\":999999999}", "corrects"},
        };
        for (String[] attempt : refused) {
            editor.post("/api/v1/indicators/{id}/measurements", attempt[0], id)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(attempt[1]));
        }
        JsonNode june = measure(
                editor,
                id,
                "{\"year\":2025,\"value\":130.5,\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2025-06-30\"}");
        assertThat(june.get("periodTo").asString()).isEqualTo("2025-06-30");
        JsonNode read = editor.read(editor.get("/api/v1/indicators/{id}", id));
        assertThat(read.get("years").get(1).get("status").asString())
                .as("from 100 towards 140, 30.5 covered by 30 June is on track")
                .isEqualTo("ON_TRACK");
        assertThat(read.get("years").get(1).get("day").asString()).isEqualTo("2025-06-30");
    }

    @Test
    void anIndicatorWithMeasurementsStaysAndHoldsItsInterventionAndObjective() throws Exception {
        Scene s = scene();
        ApiClient editor = fixtures.api(s.district().editor());
        long measured = create(
                editor,
                s.plan(),
                indicator("\"interventionId\":" + s.intervention(), "Misurato", "HIGHER_IS_BETTER", ""));
        long unmeasured = create(
                editor, s.plan(), indicator("\"objectiveId\":" + s.objective(), "Mai misurato", "LOWER_IS_BETTER", ""));
        measure(editor, measured, "{\"year\":2024,\"value\":1}");

        editor.delete("/api/v1/indicators/{id}", measured)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1 rilevazione")));
        editor.delete("/api/v1/plans/{p}/interventions/{id}", s.plan(), s.intervention())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Misurato")));
        editor.delete("/api/v1/plans/{p}/objectives/{id}", s.plan(), s.objective())
                .andExpect(status().isConflict());
        editor.delete("/api/v1/indicators/{id}", unmeasured).andExpect(status().isNoContent());
        editor.get("/api/v1/indicators/{id}", unmeasured).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from indicator_measurement where indicator_id = ?", Long.class, measured))
                .isEqualTo(1);
    }

    @Test
    void indicatorsArePublicWithTheirPlanButWhoRecordedAMeasurementIsNot() throws Exception {
        Scene s = scene();
        ApiClient editor = fixtures.api(s.district().editor());
        long id = create(
                editor,
                s.plan(),
                indicator("\"interventionId\":" + s.intervention(), "Pubblico", "HIGHER_IS_BETTER", ""));
        measure(editor, id, "{\"year\":2024,\"value\":121}");
        ApiClient anonymous = fixtures.anonymousApi();
        anonymous.get("/api/v1/indicators/{id}", id).andExpect(status().isUnauthorized());
        anonymous.get("/api/v1/plans/{id}/indicators", s.plan()).andExpect(status().isUnauthorized());

        fixtures.approve(s.district(), s.plan());
        anonymous.get("/api/v1/indicators/{id}", id).andExpect(status().isOk());
        JsonNode history = anonymous.read(anonymous.get("/api/v1/indicators/{id}/measurements", id));
        assertThat(history.get(0).get("recordedBy").isNull()).isTrue();
        JsonNode staff = fixtures.api(s.district().viewer())
                .read(fixtures.api(s.district().viewer()).get("/api/v1/indicators/{id}/measurements", id));
        assertThat(staff.get(0).get("recordedBy").asString())
                .isEqualTo(s.district().editor().username());

        editor.put(
                        "/api/v1/indicators/{id}",
                        editor.read(editor.get("/api/v1/indicators/{id}", id)).toString(),
                        id)
                .andExpect(status().isForbidden()); // past approval an indicator is the admins' to change
        measure(editor, id, "{\"year\":2025,\"value\":141}");
    }

    @Test
    void theListIsFilteredByAreaKindAndStatusInAYearAndReadInPages() throws Exception {
        Scene s = scene();
        ApiClient editor = fixtures.api(s.district().editor());
        long other = content.area(s.district(), s.plan(), "Famiglia e minori").id();
        long family = content.objective(s.district(), s.plan(), other, "Sostenere le famiglie");
        long reached = create(
                editor,
                s.plan(),
                indicator("\"interventionId\":" + s.intervention(), "Raggiunto", "HIGHER_IS_BETTER", ""));
        long behind = create(
                editor, s.plan(), indicator("\"objectiveId\":" + s.objective(), "In ritardo", "HIGHER_IS_BETTER", ""));
        long process = create(
                editor,
                s.plan(),
                indicator("\"objectiveId\":" + family, "Di processo", "LOWER_IS_BETTER", "")
                        .replace("\"OUTPUT\"", "\"PROCESS\""));
        measure(editor, reached, "{\"year\":2024,\"value\":120}");
        measure(editor, behind, "{\"year\":2024,\"value\":119.99}");
        measure(editor, process, "{\"year\":2025,\"value\":150}");

        assertThat(names(editor, s.plan(), "?year=2024&status=REACHED")).containsExactly("Raggiunto");
        assertThat(names(editor, s.plan(), "?year=2024&status=BEHIND")).containsExactly("In ritardo");
        assertThat(names(editor, s.plan(), "?year=2024&status=NO_DATA")).containsExactly("Di processo");
        assertThat(names(editor, s.plan(), "?year=2025&status=BEHIND")).containsExactly("Di processo");
        assertThat(names(editor, s.plan(), "?kind=PROCESS")).containsExactly("Di processo");
        assertThat(names(editor, s.plan(), "?area=" + s.area())).containsExactlyInAnyOrder("Raggiunto", "In ritardo");
        JsonNode page = editor.read(editor.get("/api/v1/plans/{id}/indicators?size=2&page=1", s.plan()));
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        editor.get("/api/v1/plans/{id}/indicators?year=2030", s.plan()).andExpect(status().isUnprocessableContent());
        editor.get("/api/v1/plans/{id}/indicators?status=LOST", s.plan()).andExpect(status().isBadRequest());
        editor.get("/api/v1/plans/{id}/indicators?size=101", s.plan()).andExpect(status().isBadRequest());
    }

    private static List<String> names(ApiClient client, long plan, String query) throws Exception {
        List<String> names = new ArrayList<>();
        client.read(client.get("/api/v1/plans/{id}/indicators" + query, plan).andExpect(status().isOk()))
                .get("items")
                .forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}

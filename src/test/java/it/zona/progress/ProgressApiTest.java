package it.zona.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.ZonaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An intervention's progress through the API: the timeline sets the status and the percentage, the
 * tables' notes stand in it beside the office's entries, the public reads it without who wrote it.
 */
@ZonaIntegrationTest
class ProgressApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTimelineSetsStatusAndPercentageAndThePublicReadsItWithoutItsAuthors() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long area = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, area, "Domiciliarità");
        long intervention = content.intervention(district, plan, objective, "Telesoccorso", 2024, 2026);
        ApiClient editor = fixtures.api(district.editor());
        String path = "/api/v1/interventions/{id}/progress";

        JsonNode empty = editor.read(editor.get(path, intervention).andExpect(status().isOk()));
        assertThat(empty.get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(empty.get("percent").asInt()).isZero();

        editor.post(
                        path,
                        "{\"date\":\"2024-03-01\",\"text\":\"Avvio del servizio\",\"status\":\"IN_PROGRESS\",\"percent\":10}",
                        intervention)
                .andExpect(status().isCreated());
        long note = editor.read(editor.post(
                                path,
                                "{\"date\":\"2024-06-30\",\"text\":\"Primi 50 utenti\",\"percent\":35}",
                                intervention)
                        .andExpect(status().isCreated()))
                .get("entryId")
                .asLong();
        editor.post(path, "{\"date\":\"2099-01-01\",\"text\":\"Nel futuro\"}", intervention)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        editor.post(
                        path,
                        "{\"date\":\"2024-07-01\",\"text\":\"Fine\",\"status\":\"COMPLETED\",\"percent\":80}",
                        intervention)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("percent"));
        editor.post(path, "{\"date\":\"2024-07-01\",\"text\":\"Troppo\",\"percent\":101}", intervention)
                .andExpect(status().isBadRequest());
        fixtures.api(district.viewer())
                .post(path, "{\"date\":\"2024-07-01\",\"text\":\"Da chi legge\"}", intervention)
                .andExpect(status().isForbidden());

        JsonNode read = editor.read(editor.get(path, intervention));
        assertThat(read.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(read.get("statusSince").asString()).isEqualTo("2024-03-01");
        assertThat(read.get("percent").asInt()).isEqualTo(35);
        assertThat(read.get("timeline")).hasSize(2);
        assertThat(read.get("timeline").get(0).get("text").asString()).isEqualTo("Primi 50 utenti");
        assertThat(read.get("timeline").get(0).get("recordedBy").asString())
                .isEqualTo(district.editor().username());

        editor.delete("/api/v1/plans/{p}/interventions/{id}", plan, intervention)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2 voci di avanzamento")));

        fixtures.anonymousApi().get(path, intervention).andExpect(status().isUnauthorized());
        fixtures.approve(district, plan);
        JsonNode anonymous =
                fixtures.anonymousApi().read(fixtures.anonymousApi().get(path, intervention));
        assertThat(anonymous.get("timeline").get(0).get("recordedBy").isNull()).isTrue();

        editor.delete(path + "/entries/{e}", intervention, note).andExpect(status().isNoContent());
        assertThat(editor.read(editor.get(path, intervention)).get("percent").asInt())
                .isEqualTo(10);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'ProgressEntry' and entity_id = ?",
                        Long.class,
                        String.valueOf(note)))
                .isEqualTo(2);
        editor.delete(path + "/entries/{e}", intervention, note).andExpect(status().isNotFound());
    }
}

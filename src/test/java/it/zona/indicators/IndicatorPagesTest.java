package it.zona.indicators;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The indicators' pages as the office uses them, without script: an indicator defined with its
 * targets typed the Italian way, a measurement and its correction, the status on the indicator's,
 * the objectives' and the intervention's pages, and what the public reads once the plan is.
 */
@ZonaIntegrationTest
class IndicatorPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theOfficeDefinesAnIndicatorRecordsAndCorrectsAMeasurementAndTheStatusFollows() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long area = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, area, "Sostenere la domiciliarità");
        long intervention = content.intervention(district, plan, objective, "Telesoccorso", 2024, 2026);
        WebClient editor = fixtures.signIn(district.editor());

        Document form = editor.open("/plans/" + plan + "/indicators/new?intervention=" + intervention);
        assertThat(form.select("select#interventionId option[selected]").attr("value"))
                .isEqualTo(String.valueOf(intervention));
        Map<String, String> values = new HashMap<>();
        values.put("name", "Utenti del telesoccorso");
        values.put("unit", "utenti");
        values.put("baselineValue", "1.180,5");
        values.put("baselineYear", "2023");
        values.put("targets[0].value", "1.200");
        values.put("targets[1].value", "12,555");
        Document refused = html(editor.submit(form, "main form", values));
        assertThat(refused.select("#targets1-error").text()).contains("due decimali");
        assertThat(refused.select("input[name='targets[0].value']").val()).isEqualTo("1200");

        values.put("targets[1].value", "1.300,5");
        values.put("objectiveId", String.valueOf(objective));
        Document both = html(editor.submit(form, "main form", values));
        assertThat(both.select("#interventionId-error").text()).isNotBlank();

        values.put("objectiveId", "");
        MvcResult created = editor.submit(form, "main form", values);
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String page = created.getResponse().getRedirectedUrl();
        Document indicator = editor.open(page);
        assertThat(indicator.select("h1").text()).isEqualTo("Utenti del telesoccorso");
        assertThat(indicator.text()).contains("1.180,5 utenti nel 2023").contains("1.300,5 utenti");
        assertThat(indicator.select("figure[role=img]")).hasSize(1);

        Document measurement =
                editor.open(indicator.select("a:contains(Nuova rilevazione)").attr("href"));
        Map<String, String> taken =
                new HashMap<>(Map.of("year", "2024", "value", "1.250", "referenceDate", "2025-01-01"));
        Document outside = html(editor.submit(measurement, "main form", taken));
        assertThat(outside.select("#referenceDate-error").text()).contains("2024");
        taken.put("referenceDate", "");
        assertThat(editor.submit(measurement, "main form", taken).getResponse().getStatus())
                .isEqualTo(302);
        indicator = editor.open(page);
        assertThat(indicator.select("tbody tr:contains(2024)").first().text()).contains("Raggiunto");

        Document correction =
                editor.open(indicator.select("a:contains(Correggi)").attr("href"));
        assertThat(correction.select("h1").text()).isEqualTo("Correzione di una rilevazione");
        Document noNote = html(editor.submit(correction, "main form", Map.of("value", "1.150")));
        assertThat(noNote.select("#note-error").text()).contains("perché");
        assertThat(editor.submit(correction, "main form", Map.of("value", "1.150", "note", "Doppio conteggio"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        indicator = editor.open(page);
        assertThat(indicator.select("tbody tr:contains(2024)").first().text()).contains("In ritardo");
        assertThat(indicator.select("del").text()).contains("1.250");
        assertThat(indicator.text())
                .contains("Corretta dalla n.")
                .contains(district.editor().username());

        Document interventionPage = editor.open("/plans/" + plan + "/interventions/" + intervention);
        assertThat(interventionPage.text()).contains("Utenti del telesoccorso");

        fixtures.approve(district, plan);
        WebClient anyone = new WebClient(mvc);
        Document publicPage = anyone.open(page);
        assertThat(publicPage.text())
                .contains("Doppio conteggio")
                .doesNotContain(district.editor().username());
        Document list = anyone.open("/plans/" + plan + "/indicators?year=2024&status=BEHIND");
        assertThat(list.select("tbody th a").eachText()).containsExactly("Utenti del telesoccorso");
        assertThat(anyone.open("/plans/" + plan + "/indicators?year=2024&status=REACHED")
                        .text())
                .contains("Nessun indicatore corrisponde");
        assertThat(anyone.get(page + "/edit").getResponse().getStatus()).isNotEqualTo(200);
        assertThat(anyone.get(page + "/measurements/new").getResponse().getStatus())
                .isNotEqualTo(200);
    }

    @Test
    void anIndicatorWithMeasurementsCannotBeDeletedFromItsPage() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long area = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, area, "Obiettivo");
        WebClient editor = fixtures.signIn(district.editor());
        Document form = editor.open("/plans/" + plan + "/indicators/new?objective=" + objective);
        String page = editor.submit(form, "main form", Map.of("name", "Ore", "unit", "ore"))
                .getResponse()
                .getRedirectedUrl();
        Document objectives = editor.open("/plans/" + plan + "/objectives");
        assertThat(objectives.select("#objective-" + objective).text())
                .contains("Ore")
                .contains("Nessun dato");
        Document measurement = editor.open(page + "/measurements/new");
        editor.submit(measurement, "main form", Map.of("year", "2025", "value", "3"));
        Document delete = editor.open(page + "/delete");
        assertThat(delete.select(".alert").text()).contains("1 rilevazione");
        assertThat(delete.select("main form")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from indicator where id = ?",
                        Long.class,
                        Long.parseLong(page.substring(page.lastIndexOf('/') + 1))))
                .isEqualTo(1);
    }
}

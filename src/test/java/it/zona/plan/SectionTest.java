package it.zona.plan;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan's chapters of text, through the API and the pages. */
@ZonaIntegrationTest
class SectionTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void aPlanHasItsStandardChaptersWhichCanBeWrittenButNotDeleted() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        ApiClient editor = fixtures.api(district.editor());

        editor.get("/api/v1/plans/{id}/sections", plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[0].kind").value("CONTEXT"))
                .andExpect(jsonPath("$[4].title").value("Concertazione con l'ASL e integrazione socio-sanitaria"))
                .andExpect(jsonPath("$[4].text").value(""));
        long asl = editor.read(editor.get("/api/v1/plans/{id}/sections", plan))
                .get(4)
                .get("id")
                .asLong();

        editor.put(
                        "/api/v1/plans/{id}/sections/{s}",
                        "{\"title\":\"Concertazione con l'ASL Lecce\",\"text\":\"Primo paragrafo.\\n\\nSecondo.\",\"version\":0}",
                        plan,
                        asl)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Concertazione con l'ASL Lecce"))
                .andExpect(jsonPath("$.paragraphs.length()").doesNotExist());
        editor.put("/api/v1/plans/{id}/sections/{s}", "{\"title\":\"\",\"text\":\"x\",\"version\":1}", plan, asl)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        editor.put("/api/v1/plans/{id}/sections/{s}", "{\"title\":\"Vecchia\",\"text\":\"x\",\"version\":0}", plan, asl)
                .andExpect(status().isConflict());
        editor.delete("/api/v1/plans/{id}/sections/{s}", plan, asl)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Concertazione con l'ASL Lecce")));
    }

    @Test
    void freeChaptersComeAfterTheStandardOnesAndOnlyEditorsWriteThem() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        String body = "{\"title\":\"Il percorso partecipato\",\"text\":\"Testo.\"}";
        fixtures.api(district.viewer())
                .post("/api/v1/plans/{id}/sections", body, plan)
                .andExpect(status().isForbidden());
        fixtures.anonymousApi().get("/api/v1/plans/{id}/sections", plan).andExpect(status().isUnauthorized());

        ApiClient editor = fixtures.api(district.editor());
        long free = editor.read(editor.post("/api/v1/plans/{id}/sections", body, plan)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.kind").value("FREE")))
                .get("id")
                .asLong();
        editor.get("/api/v1/plans/{id}/sections", plan)
                .andExpect(jsonPath("$[6].id").value(free));
        editor.delete("/api/v1/plans/{id}/sections/{s}", plan, free).andExpect(status().isNoContent());
        editor.get("/api/v1/plans/{id}/sections/{s}", plan, free).andExpect(status().isNotFound());
    }

    @Test
    void afterApprovalOnlyAdminsChangeAChapterAndTheyGiveAReason() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        fixtures.approve(district, plan);
        fixtures.anonymousApi().get("/api/v1/plans/{id}/sections", plan).andExpect(status().isOk());
        long context = fixtures.api(district.editor())
                .read(fixtures.api(district.editor()).get("/api/v1/plans/{id}/sections", plan))
                .get(0)
                .get("id")
                .asLong();
        String body = "{\"title\":\"Analisi del contesto\",\"text\":\"Dati Istat 2024.\",\"version\":0}";
        fixtures.api(district.editor())
                .put("/api/v1/plans/{id}/sections/{s}", body, plan, context)
                .andExpect(status().isForbidden());
        ApiClient admin = fixtures.api(district.admin());
        admin.put("/api/v1/plans/{id}/sections/{s}", body, plan, context)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void theEditorWritesAChapterOnItsPageAndTheTextKeepsItsParagraphs() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        WebClient editor = fixtures.signIn(district.editor());
        Document chapters = editor.open("/plans/" + plan + "/sections");
        assertThat(chapters.select("main section h2").eachText())
                .startsWith("Analisi del contesto", "Risultati del piano precedente")
                .hasSize(6);
        assertThat(chapters.select("main section .fst-italic")).hasSize(6);

        String edit = chapters.select("main a:contains(Modifica «Integrazione dei servizi»)")
                .attr("href");
        Document refused = html(editor.submit(editor.open(edit), "main form", Map.of("title", "", "text", "Tenuto")));
        assertThat(refused.select("#title-error").text()).isNotBlank();
        assertThat(refused.select("#text").text()).isEqualTo("Tenuto");

        String saved = editor.submit(
                        editor.open(edit),
                        "main form",
                        Map.of("text", "I servizi lavorano insieme.\n\nLa PUA è la porta unica."))
                .getResponse()
                .getRedirectedUrl();
        Document after = editor.open(saved);
        assertThat(after.select(".alert-success").text()).contains("Integrazione dei servizi");
        assertThat(after.select("main section:has(h2:contains(Integrazione dei servizi)) p")
                        .eachText())
                .contains("I servizi lavorano insieme.", "La PUA è la porta unica.");

        Document standardDelete = editor.open(chapters.select("main section a:contains(Modifica)")
                .attr("href")
                .replace("edit", "delete"));
        assertThat(standardDelete.select("main form")).isEmpty();
        assertThat(standardDelete.select(".alert-danger").text()).contains("non eliminare");
    }

    @Test
    void aViewerReadsTheChaptersButHasNoFormToChangeThem() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        WebClient viewer = fixtures.signIn(district.viewer());
        Document chapters = viewer.open("/plans/" + plan + "/sections");
        assertThat(chapters.select("main a:contains(Modifica)")).isEmpty();
        assertThat(viewer.get("/plans/" + plan + "/sections/new").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theDemoPlanHasItsStandardChaptersWrittenAndSaysTheFiguresAreFictitious() throws Exception {
        long demoPlan = fixtures.anonymousApi()
                .read(fixtures.anonymousApi().get("/api/v1/districts/poggiardo/plans"))
                .get(0)
                .get("id")
                .asLong();
        fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/sections", demoPlan)
                .andExpect(jsonPath("$[?(@.text == '')]").isEmpty())
                .andExpect(jsonPath("$[0].text").value(containsString("dati fittizi")));
    }
}

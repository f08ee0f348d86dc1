package it.zona.document;

import static it.zona.support.Pdfs.assertPdfA;
import static it.zona.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.budget.BudgetLineForm;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.FundingSourceRegistry;
import it.zona.budget.ProfessionalRole;
import it.zona.budget.StaffingForm;
import it.zona.budget.StaffingRegistry;
import it.zona.plan.PlanRegistry;
import it.zona.plan.SectionForm;
import it.zona.plan.SectionRegistry;
import it.zona.programme.HeardAt;
import it.zona.programme.NeedForm;
import it.zona.programme.NeedForm.EvidenceForm;
import it.zona.programme.NeedRegistry;
import it.zona.programme.Priority;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The plan document written from the data: PDF/A checked by veraPDF, its text read back with PDFBox,
 * the pages, the plan's read rule, and frozen versions that nothing changes afterwards.
 */
@ZonaIntegrationTest
class DocumentTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    NeedRegistry needs;

    @Autowired
    BudgetRegistry budget;

    @Autowired
    StaffingRegistry staffing;

    @Autowired
    FundingSourceRegistry sources;

    @Autowired
    PlanRegistry plans;

    @Autowired
    SectionRegistry sections;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** A plan 2027-2029 with a need, an objective, an intervention, money and social workers. */
    private record Scene(TestDistrict district, long plan) {}

    private Scene scene(boolean approved) {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long area = content.area(district, plan, "Anziani").id();
        fixtures.as(
                district.editor().username(),
                () -> needs.create(
                        plan,
                        new NeedForm(
                                area,
                                "Anziani soli senza rete familiare",
                                null,
                                HeardAt.THEMATIC_TABLE,
                                null,
                                Priority.HIGH,
                                List.of(new EvidenceForm(
                                        "Anziani che vivono soli", new BigDecimal("1240"), "persone", "Istat", 2025)),
                                null),
                        null));
        long objective = content.objective(district, plan, area, "Restare a casa propria");
        long intervention =
                content.intervention(district, plan, objective, "Assistenza domiciliare integrata", 2027, 2029);
        fixtures.as(district.editor().username(), () -> {
            budget.create(
                    plan,
                    new BudgetLineForm(
                            intervention, 2027, source(district, "FNPS"), new BigDecimal("12345.67"), null, null),
                    null);
            budget.create(
                    plan,
                    new BudgetLineForm(
                            intervention, 2028, source(district, "MUNICIPAL"), new BigDecimal("8000.00"), null, null),
                    null);
            staffing.create(
                    plan,
                    new StaffingForm(
                            2027, ProfessionalRole.SOCIAL_WORKER, null, new BigDecimal("2.50"), null, null, null),
                    null);
            return null;
        });
        fixtures.as(
                district.editor().username(),
                () -> sections.create(
                        plan,
                        new SectionForm(
                                "Rete con il Terzo settore",
                                "La co-programmazione coinvolge le cooperative sociali.\n\nOgni anno si tiene un tavolo di verifica.",
                                null),
                        null));
        if (approved) {
            fixtures.approve(district, plan);
        }
        return new Scene(district, plan);
    }

    private long source(TestDistrict district, String code) {
        return sources.list(district.slug()).stream()
                .filter(s -> code.equals(s.code()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theFullDocumentIsPdfAAndTellsThePlanWithItalianFigures() throws Exception {
        Scene scene = scene(true);

        MockHttpServletResponse answer = fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/document.pdf", scene.plan())
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(answer.getContentType()).isEqualTo("application/pdf");
        assertThat(answer.getHeader("Content-Disposition"))
                .contains("piano-di-zona-" + scene.district().slug() + "-2027-2029.pdf");
        byte[] pdf = answer.getContentAsByteArray();
        assertPdfA(pdf);
        String text = text(pdf);
        assertThat(text)
                .contains("Piano sociale di zona 2027-2029", scene.district().name())
                .contains("Indice", "Iter del piano", "Accordo di Programma", "Atto di prova", "10/01/2026")
                .contains("Rete con il Terzo settore", "coinvolge le cooperative sociali. Ogni anno si tiene")
                .contains("Anziani soli senza rete familiare", "Anziani che vivono soli: 1.240 persone")
                .contains("Obiettivo generale: Restare a casa propria", "Assistenza domiciliare integrata")
                .contains("12.345,67 €", "20.345,67 €", "8.000,00 €")
                .contains("Assistente sociale", "2,50");
    }

    @Test
    void theSummaryIsPdfAOfTwoToFourPages() throws Exception {
        Scene scene = scene(true);

        byte[] pdf = fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/summary.pdf", scene.plan())
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertPdfA(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 4);
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Sintesi: Piano sociale di zona");
        }
        assertThat(text(pdf)).contains("Il piano in cifre", "Restare a casa propria", "20.345,67 €", "Sotto il minimo");
    }

    @Test
    void thePagesShowTheDocumentInItalianWhateverTheLanguage() {
        Scene scene = scene(true);
        WebClient citizen = new WebClient(mvc);

        Document page = citizen.open("/plans/" + scene.plan() + "/document?lang=en");

        assertThat(page.select("h1").text()).isEqualTo("Plan document");
        assertThat(page.select("article[lang=it]").text())
                .contains(
                        "Obiettivo generale: Restare a casa propria",
                        "Assistenza domiciliare integrata",
                        "12.345,67 €");
        assertThat(page.select("a[href$=/document.pdf]")).hasSize(1);
        assertThat(page.select("nav a.active[aria-current=page]").eachText()).containsExactly("Document", "Full plan");
        assertThat(page.select("article h2:contains(Rete con il Terzo settore) ~ .doc-text p")
                        .eachText())
                .containsExactly(
                        "La co-programmazione coinvolge le cooperative sociali.",
                        "Ogni anno si tiene un tavolo di verifica.");
        Document summary = citizen.open("/plans/" + scene.plan() + "/summary");
        assertThat(summary.select("article").text()).contains("Il piano in cifre", "Restare a casa propria");
        assertThat(citizen.get("/plans/" + scene.plan() + "/summary.pdf")
                        .getResponse()
                        .getContentType())
                .isEqualTo("application/pdf");
    }

    @Test
    void aChapterInMarkdownIsFormattedOnThePlansPagesAndInThePdfAndTypedScriptsNeverRun() throws Exception {
        Scene scene = scene(false);
        fixtures.as(
                scene.district().editor().username(),
                () -> sections.create(
                        scene.plan(),
                        new SectionForm(
                                "Analisi del territorio",
                                "# Quadro demografico\n\nGli anziani sono **in aumento**.\n\n- primo punto\n- secondo punto\n\n"
                                        + "| Comune | Abitanti |\n|---|---:|\n| Andrano | 4.500 |\n| Diso | 2.900 |\n\n"
                                        + "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>",
                                null),
                        null));
        WebClient editor = fixtures.signIn(scene.district().editor());

        for (String path : List.of("/sections", "/document")) {
            Document page = editor.open("/plans/" + scene.plan() + path);
            org.jsoup.nodes.Element chapter =
                    page.select("h2:contains(Analisi del territorio)").first().parent();
            assertThat(chapter.select("h3").text()).as(path).isEqualTo("Quadro demografico");
            assertThat(chapter.select("strong").text()).as(path).isEqualTo("in aumento");
            assertThat(chapter.select("li").eachText()).as(path).containsExactly("primo punto", "secondo punto");
            assertThat(chapter.select("table caption").text()).as(path).isEqualTo("Analisi del territorio");
            assertThat(chapter.select("table thead th[scope=col]").eachText())
                    .as(path)
                    .containsExactly("Comune", "Abitanti");
            assertThat(chapter.select("table tbody tr").eachText())
                    .as(path)
                    .containsExactly("Andrano 4.500", "Diso 2.900");
            assertThat(chapter.text()).as(path).doesNotContain("# Quadro", "|");
            assertThat(page.select("script:containsData(alert), img, [onerror]"))
                    .as(path)
                    .isEmpty();
        }

        byte[] pdf = fixtures.api(scene.district().editor())
                .get("/api/v1/plans/{id}/document.pdf", scene.plan())
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertPdfA(pdf);
        String text = text(pdf);
        assertThat(text)
                .contains("Quadro demografico Gli anziani sono", "in aumento", "primo punto", "secondo punto")
                .contains("Comune Abitanti", "Andrano 4.500", "Diso 2.900")
                .doesNotContain("# Quadro", "**", "| Comune", "---");
        // A typed tag is shown as the text it is, never as markup: the PDF holds no script to run.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getNames() == null
                            || document.getDocumentCatalog().getNames().getJavaScript() == null)
                    .isTrue();
        }
    }

    @Test
    void aDraftsDocumentsAreForStaffOnlyAsThePlanItself() throws Exception {
        Scene scene = scene(false);
        WebClient citizen = new WebClient(mvc);
        int planPage = citizen.get("/plans/" + scene.plan()).getResponse().getStatus();
        for (String page : List.of("/document", "/summary", "/document.pdf", "/summary.pdf", "/documents")) {
            assertThat(citizen.get("/plans/" + scene.plan() + page)
                            .getResponse()
                            .getStatus())
                    .as(page)
                    .isEqualTo(planPage);
        }
        ApiClient anonymous = fixtures.anonymousApi();
        int planApi = anonymous
                .get("/api/v1/plans/{id}", scene.plan())
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(planApi).isEqualTo(401);
        for (String call : List.of("/document.pdf", "/summary.pdf", "/documents")) {
            anonymous.get("/api/v1/plans/{id}" + call, scene.plan()).andExpect(status().is(planApi));
        }
        ApiClient viewer = fixtures.api(scene.district().viewer());
        viewer.get("/api/v1/plans/{id}/document.pdf", scene.plan()).andExpect(status().isOk());
        fixtures.api(fixtures.district().viewer())
                .get("/api/v1/plans/{id}/summary.pdf", scene.plan())
                .andExpect(status().is(403));
        assertThat(fixtures.signIn(scene.district().viewer())
                        .open("/plans/" + scene.plan() + "/document")
                        .select("article")
                        .text())
                .contains("Assistenza domiciliare integrata");
    }

    @Test
    void aFrozenVersionKeepsItsExactBytesWhateverChangesLater() throws Exception {
        Scene scene = scene(true);
        ApiClient editor = fixtures.api(scene.district().editor());
        JsonNode frozen = editor.read(editor.post(
                        "/api/v1/plans/{id}/documents",
                        "{\"kind\":\"FULL\",\"act\":\"Delibera n. 3 del 12/01/2027\"}",
                        scene.plan())
                .andExpect(status().isCreated()));
        long id = frozen.get("id").asLong();
        String sha256 = frozen.get("sha256").asString();

        MockHttpServletResponse download = fixtures.anonymousApi()
                .get("/api/v1/documents/{id}/content", id)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] bytes = download.getContentAsByteArray();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);
        assertThat(download.getHeader("Repr-Digest"))
                .isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":");
        assertThat(frozen.get("size").asLong()).isEqualTo(bytes.length);
        assertPdfA(bytes);

        fixtures.as(
                scene.district().admin().username(),
                () -> plans.update(
                        scene.plan(),
                        new it.zona.plan.PlanForm(
                                "Piano sociale di zona riveduto", 2027, 2029, null, null, null, null, null, null, null),
                        plans.view(scene.plan()).version(),
                        "Delibera n. 9"));

        byte[] later = new WebClient(mvc)
                .get("/documents/" + id + ".pdf")
                .getResponse()
                .getContentAsByteArray();
        assertThat(later).isEqualTo(bytes);
        assertThat(text(later)).contains("Piano sociale di zona 2027-2029").doesNotContain("riveduto");
        byte[] current = fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/document.pdf", scene.plan())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(current)).contains("Piano sociale di zona riveduto");
        JsonNode listed =
                fixtures.anonymousApi().read(fixtures.anonymousApi().get("/api/v1/plans/{id}/documents", scene.plan()));
        assertThat(listed.get(0).get("sha256").asString()).isEqualTo(sha256);
        assertThat(listed.get(0).get("frozenBy").isNull())
                .as("who froze it is for staff")
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'OfficialDocument' and entity_id = ?",
                        Long.class,
                        String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void onlyEditorsFreezeAndTheFormSaysWhatWasFrozen() throws Exception {
        Scene scene = scene(false);
        fixtures.api(scene.district().viewer())
                .post("/api/v1/plans/{id}/documents", "{\"kind\":\"SUMMARY\"}", scene.plan())
                .andExpect(status().is(403));
        WebClient editor = fixtures.signIn(scene.district().editor());
        Document page = editor.open("/plans/" + scene.plan() + "/documents");
        assertThat(page.select("main p").text()).contains("Non ci sono ancora versioni ufficiali");

        String redirect = editor.submit(page, "main form", Map.of("kind", "SUMMARY", "act", "Verbale n. 1"))
                .getResponse()
                .getRedirectedUrl();

        Document listed = editor.open(redirect);
        assertThat(listed.select(".alert-success").text()).contains("è stata fissata");
        assertThat(listed.select("tbody tr")).hasSize(1);
        assertThat(listed.select("tbody tr").text())
                .contains("Sintesi del piano", "Verbale n. 1", "Avvio")
                .contains(scene.district().editor().username());
        assertThat(fixtures.signIn(scene.district().viewer())
                        .open("/plans/" + scene.plan() + "/documents")
                        .select("main form"))
                .isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAFrozenVersion() throws Exception {
        Scene scene = scene(true);
        ApiClient editor = fixtures.api(scene.district().editor());
        long id = editor.read(editor.post("/api/v1/plans/{id}/documents", "{\"kind\":\"SUMMARY\"}", scene.plan()))
                .get("id")
                .asLong();

        assertThatThrownBy(() -> jdbc.update("update official_document set act = 'altro' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from official_document where id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from official_document where id = ?", Long.class, id))
                .isEqualTo(1);
    }
}

package it.zona.exports;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.spending.SpendingScene;
import it.zona.spending.SpendingScene.Scene;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;

/** The office's pages of the exports: the mapping's form, the warning while a line is unmapped, the downloads. */
@ZonaIntegrationTest
class ExportsPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext beans;

    @Test
    void anEditorConfirmsTheProposalsAndThenDownloadsThroughTheSession() throws Exception {
        Scene scene = new SpendingScene(beans).create();
        WebClient editor = fixtures.signIn(scene.district().editor());
        String exports = "/plans/" + scene.plan() + "/exports";

        Document unmapped = editor.open(exports);
        assertThat(unmapped.select(".alert-warning").text()).contains("Anziani", "Assistenza domiciliare");
        assertThat(unmapped.select(".alert-warning a").attr("href")).isEqualTo(exports + "/mapping");
        assertThat(unmapped.select("a[href*=istat-matrix.csv]")).isEmpty();
        assertThat(unmapped.select("a[href*=staffing.csv]")).isNotEmpty();
        MvcResult refused = editor.get(exports + "/istat-matrix.csv");
        assertThat(refused.getResponse().getStatus()).isEqualTo(303);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(exports);

        Document form = editor.open(exports + "/mapping");
        assertThat(form.select("main form select")).isNotEmpty();
        MvcResult saved = editor.submit(form, "main form", Map.of());
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(exports + "/mapping");
        assertThat(editor.open(exports + "/mapping").text()).contains("La mappatura è completa");

        Document mapped = editor.open(exports + "?year=2024");
        assertThat(mapped.select(".alert-warning")).isEmpty();
        String link = mapped.select("a[href*=istat-matrix.csv]").attr("href");
        assertThat(link).isEqualTo(exports + "/istat-matrix.csv?year=2024");
        MvcResult file = editor.get(link);
        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getContentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows)
                .singleElement()
                .satisfies(r -> assertThat(r.get("programmato")).isEqualTo("10000.00"));
        assertThat(editor.get(mapped.select("a[href*=funds.xlsx]").attr("href"))
                        .getResponse()
                        .getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aWrongChoiceComesBackOnTheFormAndChangesNothing() {
        Scene scene = new SpendingScene(beans).create();
        WebClient editor = fixtures.signIn(scene.district().editor());
        Document form = editor.open("/plans/" + scene.plan() + "/exports/mapping");

        MvcResult refused = editor.submit(form, "main form", Map.of("areas[0].surveyArea", "SENIORS"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(WebClient.html(refused).select(".alert-danger").text()).isNotBlank();
        assertThat(editor.open("/plans/" + scene.plan() + "/exports/mapping").text())
                .doesNotContain("La mappatura è completa");
    }

    @Test
    void aViewerReadsTheMappingWithoutAFormAndAnotherDistrictsStaffIsRefused() {
        Scene scene = new SpendingScene(beans).create();
        TestDistrict other = fixtures.district();
        String mapping = "/plans/" + scene.plan() + "/exports/mapping";

        Document read = fixtures.signIn(scene.district().viewer()).open(mapping);
        assertThat(read.select("main form[method=post]")).isEmpty();
        assertThat(read.select("main table").text()).contains("Anziani", "Assistenza domiciliare", "Non mappata");

        WebClient stranger = fixtures.signIn(other.viewer());
        assertThat(stranger.get(mapping).getResponse().getStatus()).isIn(403, 404);
        assertThat(stranger.get("/plans/" + scene.plan() + "/exports/staffing.csv")
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
    }
}

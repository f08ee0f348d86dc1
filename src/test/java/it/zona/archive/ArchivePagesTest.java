package it.zona.archive;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestCalendar;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The archive's pages as a browser uses them: the demo's official documents listed and filtered,
 * an editor keeping an external act through the form alone, and a wrong file refused next to the
 * file field with nothing kept.
 */
@ZonaIntegrationTest
class ArchivePagesTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void everyoneReadsTheDemosOfficialDocumentsByKind() {
        WebClient anyone = new WebClient(mvc);
        Document list = anyone.open("/districts/poggiardo/archive?kind=RESOLUTION&lang=it");
        assertThat(list.select("main tbody tr")).isNotEmpty();
        assertThat(list.select("main tbody td:nth-of-type(1)").eachText()).containsOnly("Delibera");
        String first = list.selectFirst("main tbody th a").attr("href");
        Document document = anyone.open(first);
        assertThat(document.select("main code").first().text()).hasSize(64);
        MvcResult file = anyone.get(document.selectFirst("main tbody td a").attr("href"));
        assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(anyone.open("/districts/poggiardo/archive?q=nessun-titolo-cosi")
                        .select("main p")
                        .eachText())
                .contains("Nessun documento corrisponde alla ricerca.");
    }

    @Test
    void anEditorKeepsAnExternalActThroughTheFormAndAWrongFileIsSaidNextToItsField() {
        TestDistrict district = fixtures.district();
        WebClient editor = fixtures.signIn(district.editor());
        String form = "/districts/" + district.slug() + "/archive/new";
        Map<String, String> fields = Map.of(
                "kind", "EXTERNAL_ACT",
                "title", "Decreto regionale di riparto",
                "issuedOn", TestCalendar.today().minusDays(2).toString());

        Document refused = WebClient.html(editor.submit(
                editor.open(form), "main form", fields, "file", "foto.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2
                }));
        assertThat(refused.select("#file-error").text()).isEqualTo("Il file non è un PDF né un file firmato .p7m.");
        assertThat(refused.select("#title").val()).as("what was typed stays").isEqualTo("Decreto regionale di riparto");
        Document badDate = WebClient.html(editor.submit(
                editor.open(form),
                "main form",
                Map.of("kind", "EXTERNAL_ACT", "title", "X", "issuedOn", "31/02"),
                "file",
                "d.pdf",
                PDF));
        assertThat(badDate.select("#issuedOn-error").text()).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "select count(*) from archived_document where district_id = ?", Long.class, district.id()))
                .isZero();

        MvcResult kept = editor.submit(editor.open(form), "main form", fields, "file", "decreto.pdf", PDF);
        String page = kept.getResponse().getRedirectedUrl();
        assertThat(page).matches("/archive/\\d+");
        Document document = editor.open(page);
        assertThat(document.select("h1").text()).isEqualTo("Decreto regionale di riparto");
        assertThat(document.select("main code").text()).hasSize(64);

        WebClient viewer = fixtures.signIn(district.viewer());
        assertThat(viewer.get(form).getResponse().getStatus()).isEqualTo(403);
        assertThat(new WebClient(mvc).get(form).getResponse().getStatus()).isEqualTo(302);
    }
}

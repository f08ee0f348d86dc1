package it.zona.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.shared.Digests;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestCalendar;
import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The District's archive through the API: what Zona issues is there as issued, a draft plan's
 * documents only for its staff; an act from outside is checked for type and size and kept with its
 * versions; nothing in the archive changes, in the database either.
 */
@ZonaIntegrationTest
class ArchiveApiTest {

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private TestDistrict district;
    private ApiClient editor;

    @BeforeEach
    void scene() {
        district = fixtures.district();
        editor = fixtures.api(district.editor());
    }

    private ResultActions upload(Staff staff, byte[] content, String... fields) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(
                        "/api/v1/districts/{slug}/official-documents", district.slug())
                .file(new MockMultipartFile("file", "decreto.pdf", "application/octet-stream", content));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        if (staff != null) {
            request.header(HttpHeaders.AUTHORIZATION, staff.bearer());
        }
        return mvc.perform(request);
    }

    private long kept() {
        return jdbc.queryForObject(
                "select count(*) from archived_document where district_id = ?", Long.class, district.id());
    }

    private String[] decree(String title) {
        return new String[] {
            "kind",
            "EXTERNAL_ACT",
            "title",
            title,
            "issuedOn",
            TestCalendar.today().minusDays(3).toString(),
            "act",
            "Decreto dirigenziale n. 12"
        };
    }

    @Test
    void aDraftPlansDocumentIsArchivedAsFrozenAndShownToThePublicOnceThePlanIs() throws Exception {
        long plan = fixtures.plan(district, 2027, 2029);
        JsonNode frozen = editor.read(
                editor.post("/api/v1/plans/{id}/documents", """
                        {"kind":"FULL","act":"Determina n. 4"}""", plan).andExpect(status().isCreated()));
        byte[] content = editor.get(
                        "/api/v1/documents/{id}/content", frozen.get("id").asLong())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        String list = "/api/v1/districts/{slug}/official-documents";
        fixtures.anonymousApi()
                .get(list, district.slug())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        JsonNode staffList = editor.read(editor.get(list + "?kind=PLAN_DOCUMENT&plan=" + plan, district.slug()));
        assertThat(staffList.get("totalItems").asLong()).isEqualTo(1);
        JsonNode document = staffList.get("items").get(0);
        assertThat(document.get("sha256").asString()).isEqualTo(Digests.sha256Hex(content));
        assertThat(document.get("page").asString())
                .isEqualTo("/documents/" + frozen.get("id").asLong());
        long id = document.get("id").asLong();
        fixtures.anonymousApi().get("/api/v1/official-documents/{id}", id).andExpect(status().isNotFound());
        fixtures.anonymousApi().get("/api/v1/official-documents/{id}/file", id).andExpect(status().isNotFound());

        fixtures.approve(district, plan);
        byte[] archived = fixtures.anonymousApi()
                .get("/api/v1/official-documents/{id}/file", id)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().exists("Repr-Digest"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(archived).isEqualTo(content);
        fixtures.anonymousApi()
                .get(list + "?year=" + TestCalendar.today().getYear(), district.slug())
                .andExpect(jsonPath("$.totalItems").value(1));
        fixtures.anonymousApi()
                .get(list + "?year=1999", district.slug())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void anExternalActIsCheckedForTypeAndSizeAndKeptWithItsVersions() throws Exception {
        upload(null, PDF, decree("Decreto")).andExpect(status().isUnauthorized());
        upload(district.viewer(), PDF, decree("Decreto")).andExpect(status().isForbidden());
        upload(district.editor(), "not a pdf at all, just text".getBytes(StandardCharsets.UTF_8), decree("Decreto"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] large = Arrays.copyOf(PDF, OfficialArchive.MAX_UPLOAD_BYTES + 1);
        upload(district.editor(), large, decree("Decreto"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(district.editor(), new byte[0], decree("Decreto"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        String[] resolution = decree("Una delibera");
        resolution[1] = "RESOLUTION";
        upload(district.editor(), PDF, resolution)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        String[] future = decree("Decreto");
        future[5] = TestCalendar.today().plusDays(1).toString();
        upload(district.editor(), PDF, future)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("issuedOn"));
        String[] badDate = decree("Decreto");
        badDate[5] = "31/02/2026";
        upload(district.editor(), PDF, badDate)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issuedOn"));
        assertThat(kept()).as("nothing refused was kept").isZero();

        JsonNode first = editor.read(upload(district.editor(), PDF, decree("Decreto regionale di riparto FNPS"))
                .andExpect(status().isCreated()));
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("mediaType").asString()).isEqualTo("application/pdf");
        byte[] corrected =
                (new String(PDF, StandardCharsets.US_ASCII) + "% rettifica\n").getBytes(StandardCharsets.US_ASCII);
        String[] again = Arrays.copyOf(decree("Decreto regionale di riparto FNPS (rettificato)"), 10);
        again[8] = "replaces";
        again[9] = first.get("id").asString();
        JsonNode second =
                editor.read(upload(district.editor(), corrected, again).andExpect(status().isCreated()));
        assertThat(second.get("version").asInt()).isEqualTo(2);

        JsonNode list = editor.read(
                fixtures.anonymousApi().get("/api/v1/districts/{slug}/official-documents?q=riparto", district.slug()));
        assertThat(list.get("totalItems").asLong())
                .as("one document, in its latest version")
                .isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asLong())
                .isEqualTo(second.get("id").asLong());
        JsonNode entry = editor.read(fixtures.anonymousApi()
                .get("/api/v1/official-documents/{id}", first.get("id").asLong()));
        assertThat(entry.get("versions")).hasSize(2);
        assertThat(entry.get("versions").get(0).get("sha256").asString()).isEqualTo(Digests.sha256Hex(corrected));
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/official-documents?page=3", district.slug())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalItems").value(1));
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/official-documents?kind=RESOLUTION", district.slug())
                .andExpect(jsonPath("$.totalItems").value(0));

        TestDistrict other = fixtures.district();
        String[] foreign = Arrays.copyOf(decree("Altro"), 10);
        foreign[8] = "replaces";
        foreign[9] = first.get("id").asString();
        mvc.perform(multipart("/api/v1/districts/{slug}/official-documents", other.slug())
                        .file(new MockMultipartFile("file", "d.pdf", "application/pdf", PDF))
                        .param("kind", "EXTERNAL_ACT")
                        .param("title", "Altro")
                        .param("issuedOn", TestCalendar.today().toString())
                        .param("replaces", first.get("id").asString())
                        .header(HttpHeaders.AUTHORIZATION, other.editor().bearer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("replaces"));
    }

    @Test
    void nothingInTheArchiveChangesNorGoesAwayInTheDatabase() throws Exception {
        long id = editor.read(upload(district.editor(), PDF, decree("Decreto")).andExpect(status().isCreated()))
                .get("id")
                .asLong();
        assertThatThrownBy(() -> jdbc.update("update archived_document set title = 'Altro' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from archived_document where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        jdbc.update("update archived_file set content = ? where document_id = ?", new byte[] {1}, id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from archived_file where document_id = ?", id))
                .hasMessageContaining("append-only");
    }
}

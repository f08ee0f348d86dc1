package it.zona.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.shared.Digests;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.TestCalendar;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The minutes of a sitting: the office drafts them once the sitting has decided, annotates the
 * draft (a client sends back what it read), and approves it, by the president or at a later sitting
 * held with its quorum; approval writes the PDF/A, which the database keeps byte for byte. Drafts
 * are for the District's staff, approved minutes for everyone; only the office writes.
 */
@ZonaIntegrationTest
class SittingMinutesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private SittingBoard board() throws Exception {
        return new SittingBoard(
                fixtures, new String[] {null, null}, new String[] {null, null}, new String[] {null, null});
    }

    private static LocalDate daysAgo(int days) {
        return TestCalendar.today().minusDays(days);
    }

    @Test
    void draftedAnnotatedAndApprovedByThePresidentTheMinutesBecomeAFrozenPdfA() throws Exception {
        SittingBoard board = board();
        long sitting = board.held(daysAgo(3), "Bilancio di previsione", "Comunicazioni");
        String minutes = "/api/v1/sittings/{id}/minutes";
        ApiClient anyone = fixtures.anonymousApi();
        anyone.get(minutes, sitting).andExpect(status().isNotFound());

        JsonNode draft = board.editor.read(board.editor
                .post(minutes, "{\"notes\":\"Il presidente apre la seduta.\"}", sitting)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/sittings/" + sitting + "/minutes")));
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        JsonNode facts = draft.get("content");
        assertThat(facts.get("attendance")).hasSize(3);
        assertThat(facts.get("attendance").get(1).get("presence").asString()).isEqualTo("DELEGATE");
        assertThat(facts.get("attendance").get(1).get("delegation").asString()).isEqualTo("Decreto n. 7/2026");
        assertThat(facts.get("quorum").get("membersReached").asBoolean()).isTrue();
        JsonNode first = facts.get("items").get(0);
        assertThat(first.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(first.get("resolution").get("number").asInt()).isEqualTo(1);
        assertThat(first.get("votes")).hasSize(3);
        assertThat(first.get("votes").get(0).get("name").asString())
                .isEqualTo(board.members.get(0).name());
        assertThat(first.get("votes").get(0).get("weight").asLong()).isEqualTo(1);
        assertThat(facts.get("items").get(1).get("outcome").isNull()).isTrue();
        // A draft is the staff's: the public is told it does not exist.
        anyone.get(minutes, sitting).andExpect(status().isNotFound());
        fixtures.api(board.district.viewer()).get(minutes, sitting).andExpect(status().isOk());

        // What GET answers goes back with one field changed.
        MockHttpServletResponse read =
                board.editor.get(minutes, sitting).andReturn().getResponse();
        ObjectNode changed = (ObjectNode) board.editor.read(board.editor.get(minutes, sitting));
        changed.put("notes", "Il presidente apre la seduta e saluta i presenti.");
        board.editor.put(minutes, changed.toString(), sitting).andExpect(status().isOk());
        JsonNode annotated = board.editor.read(board.editor.get(minutes, sitting));
        assertThat(annotated.get("notes").asString()).isEqualTo("Il presidente apre la seduta e saluta i presenti.");
        assertThat(annotated.get("notesHtml").asString()).contains("<p>");
        assertThat(read.getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");

        JsonNode approved = board.editor.read(board.editor
                .postWithHeader(
                        minutes + "/approval",
                        "{\"byPresident\":true}",
                        HttpHeaders.IF_MATCH,
                        "\"" + annotated.get("version").asLong() + "\"",
                        sitting)
                .andExpect(status().isOk()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedByPresident").asString())
                .isEqualTo(board.members.get(0).name());
        assertThat(approved.get("approvedAt").isNull()).isFalse();

        byte[] pdf = anyone.get(minutes + "/document", sitting)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().exists("Repr-Digest"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Digests.sha256Hex(pdf))
                .isEqualTo(approved.get("documentSha256").asString());
        assertThat(jdbc.queryForObject(
                        "select sha256 from archived_document where kind = 'SITTING_MINUTES' and page = ?",
                        String.class,
                        "/sittings/" + sitting + "/minutes"))
                .as("the District's archive keeps the approved minutes as issued")
                .isEqualTo(Digests.sha256Hex(pdf));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            ValidationResult result = Foundries.defaultInstance()
                    .createValidator(PDFAFlavour.PDFA_3_U, false)
                    .validate(parser);
            assertThat(result.isCompliant()).as(result.toString()).isTrue();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Verbale della seduta", board.members.get(0).name(), "Presente per delega")
                    .contains("Vicesindaco Rossi", "Delibera n. 1", "Bilancio di previsione", "saluta i presenti")
                    .contains("non è stato posto in votazione", "presidente dell’organo");
        }
        // Public now, and never changed again: not by the API, not by SQL.
        anyone.get(minutes, sitting)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        board.editor.put(minutes, approved.toString(), sitting).andExpect(status().isConflict());
        assertThatThrownBy(() ->
                        jdbc.update("update sitting_minutes_document set sha256 = 'x' where sitting_id = ?", sitting))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from sitting_minutes_document where sitting_id = ?", sitting))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update sitting_minutes set notes = 'x' where sitting_id = ?", sitting))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from sitting_minutes where sitting_id = ?", sitting))
                .hasMessageContaining("append-only");
    }

    @Test
    void minutesAreApprovedAtALaterSittingOfTheBodyHeldWithItsQuorum() throws Exception {
        SittingBoard board = board();
        long sitting = board.held(daysAgo(20), "Bilancio");
        long earlier = board.held(daysAgo(30), "Regolamento");
        long later = board.held(daysAgo(2), "Approvazione del verbale della seduta precedente");
        String minutes = "/api/v1/sittings/{id}/minutes";
        long version = board.editor
                .read(board.editor.post(minutes, "{}", sitting).andExpect(status().isCreated()))
                .get("version")
                .asLong();

        board.editor
                .postWithHeader(
                        minutes + "/approval",
                        "{\"atSittingId\":%d}".formatted(earlier),
                        HttpHeaders.IF_MATCH,
                        "\"" + version + "\"",
                        sitting)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("atSittingId"));
        JsonNode approved = board.editor.read(board.editor
                .postWithHeader(
                        minutes + "/approval",
                        "{\"atSittingId\":%d}".formatted(later),
                        HttpHeaders.IF_MATCH,
                        "\"" + version + "\"",
                        sitting)
                .andExpect(status().isOk()));
        assertThat(approved.get("approvedAtSittingId").asLong()).isEqualTo(later);
        assertThat(approved.get("approvedAtSittingDate").asString())
                .isEqualTo(daysAgo(2).toString());
        assertThat(approved.get("approvedByPresident").isNull()).isTrue();
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsStored() throws Exception {
        SittingBoard board = board();
        String minutes = "/api/v1/sittings/{id}/minutes";
        long convened = board.convene(daysAgo(1), "Bilancio");
        board.editor
                .post(minutes, "{\"notes\":\"Troppo presto.\"}", convened)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("almeno un punto")));
        long sitting = board.held(daysAgo(3), "Bilancio");
        board.editor
                .post(minutes, "{\"notes\":\"%s\"}".formatted("x".repeat(20_001)), sitting)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notes"));
        assertThat(rows(convened) + rows(sitting)).isZero();

        board.editor.post(minutes, "{\"notes\":\"Prima stesura.\"}", sitting).andExpect(status().isCreated());
        board.editor.post(minutes, "{\"notes\":\"Seconda.\"}", sitting).andExpect(status().isConflict());
        board.editor
                .put(minutes, "{\"notes\":\"Scritto su una versione vecchia.\",\"version\":7}", sitting)
                .andExpect(status().isConflict());
        board.editor
                .postWithHeader(minutes + "/approval", "{}", HttpHeaders.IF_MATCH, "\"0\"", sitting)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("atSittingId"));
        board.editor
                .postWithHeader(
                        minutes + "/approval",
                        "{\"atSittingId\":%d}".formatted(sitting),
                        HttpHeaders.IF_MATCH,
                        "\"0\"",
                        sitting)
                .andExpect(status().isUnprocessableContent());
        JsonNode still = board.editor.read(board.editor.get(minutes, sitting));
        assertThat(still.get("status").asString()).isEqualTo("DRAFT");
        assertThat(still.get("notes").asString()).isEqualTo("Prima stesura.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from sitting_minutes_document where sitting_id = ?", Long.class, sitting))
                .isZero();
    }

    @Test
    void onlyTheOfficeDraftsAndApprovesAndTheRestReadOnceApproved() throws Exception {
        SittingBoard board = board();
        long sitting = board.held(daysAgo(3), "Bilancio");
        String minutes = "/api/v1/sittings/{id}/minutes";
        SittingBoard other = board();
        for (ApiClient outsider : List.of(
                fixtures.api(board.district.viewer()), other.editor, fixtures.api(fixtures.accountWithoutRoles()))) {
            outsider.post(minutes, "{\"notes\":\"x\"}", sitting).andExpect(status().isForbidden());
        }
        fixtures.anonymousApi().post(minutes, "{\"notes\":\"x\"}", sitting).andExpect(status().isUnauthorized());
        assertThat(rows(sitting)).isZero();

        board.editor.post(minutes, "{\"notes\":\"Bozza.\"}", sitting).andExpect(status().isCreated());
        for (ApiClient outsider : List.of(fixtures.api(board.district.viewer()), other.editor)) {
            outsider.put(minutes, "{\"notes\":\"Altro.\",\"version\":0}", sitting)
                    .andExpect(status().isForbidden());
            outsider.postWithHeader(
                            minutes + "/approval", "{\"byPresident\":true}", HttpHeaders.IF_MATCH, "\"0\"", sitting)
                    .andExpect(status().isForbidden());
        }
        fixtures.anonymousApi()
                .postWithHeader(minutes + "/approval", "{\"byPresident\":true}", HttpHeaders.IF_MATCH, "\"0\"", sitting)
                .andExpect(status().isUnauthorized());
        other.editor.get(minutes, sitting).andExpect(status().isNotFound());
        assertThat(board.editor
                        .read(board.editor.get(minutes, sitting))
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void theOfficeDraftsAndApprovesThroughThePagesAndAnyoneReadsTheApprovedMinutes() throws Exception {
        SittingBoard board = board();
        long sitting = board.held(daysAgo(3), "Bilancio di previsione");
        WebClient office = fixtures.signIn(board.district.editor());
        String page = "/sittings/" + sitting;
        Document sittingPage = office.open(page);
        assertThat(sittingPage.select("a[href=" + page + "/minutes/edit]")).hasSize(1);
        assertThat(fixtures.signIn(board.district.viewer())
                        .get(page + "/minutes/edit")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MvcResult drafted = office.submit(
                office.open(page + "/minutes/edit"), "main form", Map.of("notes", "Si apre la **seduta**."));
        assertThat(drafted.getResponse().getRedirectedUrl()).isEqualTo(page + "/minutes");
        Document draft = office.open(page + "/minutes");
        assertThat(draft.select("main strong").eachText()).contains("seduta");
        assertThat(draft.text()).contains("Bozza", board.members.get(1).name(), "Vicesindaco Rossi");

        MvcResult refused = office.submit(office.open(page + "/minutes/approve"), "main form", Map.of());
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(WebClient.html(refused).select(".field-error").text())
                .contains("seduta in cui il verbale è approvato");
        MvcResult approved =
                office.submit(office.open(page + "/minutes/approve"), "main form", Map.of("byPresident", "true"));
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo(page + "/minutes");

        WebClient anyone = new WebClient(mvc);
        Document published = anyone.open(page + "/minutes");
        assertThat(published.text()).contains("Approvato", board.members.get(0).name());
        assertThat(published.select("a[href=/api/v1/sittings/" + sitting + "/minutes/document]"))
                .hasSize(1);
        assertThat(anyone.open(page).select("a[href=" + page + "/minutes]")).hasSize(1);
    }

    private long rows(long sitting) {
        return jdbc.queryForObject("select count(*) from sitting_minutes where sitting_id = ?", Long.class, sitting);
    }
}

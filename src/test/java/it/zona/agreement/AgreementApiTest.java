package it.zona.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestCalendar;
import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The agreement from draft to force, through the API, with files signed by a PKI the test builds
 * and the application trusts.
 */
@ZonaIntegrationTest
class AgreementApiTest {

    private static TestPki pki;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrustAnchors anchors;

    @Autowired
    Clock clock;

    private TestDistrict district;
    private ApiClient editor;
    private long plan;

    @BeforeEach
    void scene() {
        if (pki == null) {
            pki = new TestPki(clock.instant());
            anchors.add(pki.root(), pki.rootCrl());
        }
        district = fixtures.district();
        editor = fixtures.api(district.editor());
        plan = fixtures.plan(district, 2027, 2029);
    }

    @AfterAll
    static void stop() {
        if (pki != null) {
            pki.close();
        }
    }

    private long party(String organization, String kind, boolean required) throws Exception {
        long org = fixtures.organization(district, organization);
        return editor.read(editor.post(
                                "/api/v1/plans/{id}/agreement/parties",
                                """
                                {"organizationId":%d,"kind":"%s","signatoryName":"Maria Rossi",
                                 "signatoryRole":"Sindaca","empoweringAct":"Delibera di Giunta n. 1/2027",
                                 "signatureRequired":%s,"version":%d}""".formatted(org, kind, required, version()),
                                plan)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    private long version() throws Exception {
        return editor.read(editor.get("/api/v1/plans/{id}/agreement", plan))
                .get("version")
                .asLong();
    }

    private byte[] frozen() throws Exception {
        return editor.get("/api/v1/plans/{id}/agreement/document", plan)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private ResultActions upload(Staff staff, long party, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/plans/{id}/agreement/parties/{party}/signatures", plan, party)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .header(HttpHeaders.AUTHORIZATION, staff.bearer()));
    }

    /** The signed files kept for this test's agreement. */
    private long kept() {
        return jdbc.queryForObject(
                "select count(*) from agreement_signature s join program_agreement a on a.id = s.agreement_id"
                        + " where a.plan_id = ?",
                Long.class,
                plan);
    }

    /** Freezes the draft, once the mayors have approved the plan: before, the parties have nothing to sign. */
    private void draftAndFreeze() throws Exception {
        editor.post("/api/v1/plans/{id}/agreement/freeze", "", plan).andExpect(status().isPreconditionRequired());
        if (!editor.read(editor.get("/api/v1/plans/{id}", plan))
                .get("stage")
                .asString()
                .equals("AGREEMENT")) {
            editor.postWithHeader(
                            "/api/v1/plans/{id}/agreement/freeze",
                            "",
                            HttpHeaders.IF_MATCH,
                            "\"" + version() + "\"",
                            plan)
                    .andExpect(status().isConflict());
            fixtures.approve(district, plan);
        }
        editor.postWithHeader(
                        "/api/v1/plans/{id}/agreement/freeze", "", HttpHeaders.IF_MATCH, "\"" + version() + "\"", plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FROZEN"));
    }

    @Test
    void theAgreementEntersIntoForceWithTheLastRequiredPassedSignature() throws Exception {
        editor.post("/api/v1/plans/{id}/agreement", """
                        {"title":"Accordo di Programma","text":"## Art. 1\\nLe parti adottano il Piano."}""", plan)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        long municipality = party("Comune di Prova", "SIGNATORY", true);
        long health = party("ASL di Prova", "SIGNATORY", true);
        long cooperative = party("Cooperativa aderente", "ADHERENT", true);
        assertThat(editor.read(editor.get("/api/v1/plans/{id}/agreement/parties/{p}", plan, cooperative))
                        .get("signatureRequired")
                        .asBoolean())
                .as("an adhering body never holds the agreement back")
                .isFalse();
        draftAndFreeze();
        byte[] frozen = frozen();
        assertThat(new String(frozen, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(editor.read(editor.get("/api/v1/plans/{id}/agreement", plan))
                        .get("frozenSha256")
                        .asString())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(frozen)));
        editor.put("/api/v1/plans/{id}/agreement", """
                        {"title":"Altro titolo","text":"Altro","version":%d}""".formatted(version()), plan)
                .andExpect(status().isConflict());

        Instant first = clock.instant().minus(Duration.ofDays(3));
        Instant second = clock.instant().minus(Duration.ofDays(1));
        upload(district.editor(), municipality, "accordo.pdf", pki.pades(frozen, pki.signer("Maria Rossi"), first))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signatures[0].indication").value("PASSED"))
                .andExpect(jsonPath("$.signatures[0].signers[0].signedBy").value("Maria Rossi"));
        assertThat(editor.read(editor.get("/api/v1/plans/{id}/agreement", plan))
                        .get("status")
                        .asString())
                .isEqualTo("FROZEN");
        upload(district.editor(), health, "accordo.pdf.p7m", pki.cades(frozen, pki.signer("Luca Bianchi"), second))
                .andExpect(status().isCreated());
        JsonNode inForce = editor.read(editor.get("/api/v1/plans/{id}/agreement", plan));
        assertThat(inForce.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(inForce.get("inForceOn").asString())
                .isEqualTo(LocalDate.ofInstant(second, it.zona.shared.PlatformConfig.ZONE)
                        .toString());
        long signature =
                inForce.get("parties").get(1).get("signatures").get(0).get("id").asLong();
        editor.get("/api/v1/plans/{id}/agreement/signatures/{s}/report?detailed=true", plan, signature)
                .andExpect(status().isOk());
        assertThat(editor.get("/api/v1/plans/{id}/agreement/signatures/{s}/file", plan, signature)
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(jdbc.queryForObject(
                        "select f.content from agreement_file f join agreement_signature s on s.file_id = f.id"
                                + " where s.id = ?",
                        byte[].class,
                        signature));
    }

    @Test
    void thePlanMovesToImplementationByItsAgreementOnceInForceAndNotBefore() throws Exception {
        fixtures.approve(district, plan);
        ApiClient admin = fixtures.api(district.admin());
        editor.post("/api/v1/plans/{id}/agreement", """
                        {"title":"Accordo di Programma","text":"Le parti adottano il Piano."}""", plan).andExpect(status().isCreated());
        long municipality = party("Comune di Prova", "SIGNATORY", true);
        draftAndFreeze();
        long version =
                admin.read(admin.get("/api/v1/plans/{id}", plan)).get("version").asLong();
        String external = """
                {"to":"IMPLEMENTATION","decidedOn":"%s","act":"Accordo firmato su carta","version":%d}""".formatted(TestCalendar.today(), version);
        admin.post("/api/v1/plans/{id}/transitions", external, plan)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("actLink"));
        assertThat(admin.read(admin.get("/api/v1/plans/{id}/acts?to=IMPLEMENTATION", plan)))
                .as("an agreement not yet in force decides nothing")
                .isEmpty();

        upload(
                        district.editor(),
                        municipality,
                        "accordo.pdf",
                        pki.pades(frozen(), pki.signer("Maria Rossi"), clock.instant()))
                .andExpect(status().isCreated());
        JsonNode acts = admin.read(admin.get("/api/v1/plans/{id}/acts?to=IMPLEMENTATION", plan));
        String link = "/plans/" + plan + "/agreement";
        assertThat(acts.get(0).get("link").asString()).isEqualTo(link);
        assertThat(acts.get(0).get("label").asString())
                .startsWith("Accordo di Programma «Accordo di Programma», in vigore dal");
        admin.post("/api/v1/plans/{id}/transitions", external, plan).andExpect(status().isConflict());
        JsonNode moved = admin.read(
                admin.post("/api/v1/plans/{id}/transitions", """
                        {"to":"IMPLEMENTATION","decidedOn":"%s","actLink":"%s","version":%d}""".formatted(TestCalendar.today(), link, version), plan)
                        .andExpect(status().isOk()));
        JsonNode history = moved.get("history");
        assertThat(history.get(history.size() - 1).get("actLink").asString()).isEqualTo(link);
        assertThat(history.get(history.size() - 2).get("external").asBoolean())
                .as("the approval was recorded with an act named only")
                .isTrue();
    }

    @Test
    void itsAttachmentsAreArchivedVersionsTheFrozenPdfListsWithTheirDigests() throws Exception {
        editor.post("/api/v1/plans/{id}/agreement", """
                        {"title":"Accordo di Programma","text":"Le parti adottano il Piano."}""", plan).andExpect(status().isCreated());
        party("Comune di Prova", "SIGNATORY", true);
        editor.post("/api/v1/plans/{id}/documents", """
                        {"kind":"FULL"}""", plan).andExpect(status().isCreated());
        JsonNode planDocument = editor.read(
                        editor.get("/api/v1/districts/{slug}/official-documents?kind=PLAN_DOCUMENT", district.slug()))
                .get("items")
                .get(0);
        JsonNode memorandum = editor.read(mvc.perform(multipart(
                                "/api/v1/districts/{slug}/official-documents", district.slug())
                        .file(new MockMultipartFile(
                                "file",
                                "protocollo.pdf",
                                "application/pdf",
                                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .param("kind", "MEMORANDUM")
                        .param("title", "Protocollo d'intesa con le organizzazioni sindacali")
                        .param("issuedOn", TestCalendar.today().minusDays(5).toString())
                        .header(HttpHeaders.AUTHORIZATION, district.editor().bearer()))
                .andExpect(status().isCreated()));
        String attach = """
                {"documentId":%d,"version":%d}""";
        editor.post(
                        "/api/v1/plans/{id}/agreement/attachments",
                        attach.formatted(planDocument.get("id").asLong(), version()),
                        plan)
                .andExpect(status().isCreated());
        editor.post(
                        "/api/v1/plans/{id}/agreement/attachments",
                        attach.formatted(memorandum.get("id").asLong(), version()),
                        plan)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attachments.length()").value(2))
                .andExpect(jsonPath("$.attachments[1].kind").value("MEMORANDUM"));
        editor.post(
                        "/api/v1/plans/{id}/agreement/attachments",
                        attach.formatted(memorandum.get("id").asLong(), version()),
                        plan)
                .andExpect(status().isConflict());
        TestDistrict other = fixtures.district();
        long foreign = editor.read(mvc.perform(multipart("/api/v1/districts/{slug}/official-documents", other.slug())
                                .file(new MockMultipartFile(
                                        "file",
                                        "d.pdf",
                                        "application/pdf",
                                        "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                                .param("kind", "EXTERNAL_ACT")
                                .param("title", "Altro Ambito")
                                .param("issuedOn", TestCalendar.today().toString())
                                .header(
                                        HttpHeaders.AUTHORIZATION,
                                        other.editor().bearer()))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        editor.post("/api/v1/plans/{id}/agreement/attachments", attach.formatted(foreign, version()), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("documentId"));

        draftAndFreeze();
        try (PDDocument pdf = Loader.loadPDF(frozen())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertThat(text)
                    .contains(
                            planDocument.get("sha256").asString(),
                            memorandum.get("sha256").asString());
        }
        editor.postWithHeader(
                        "/api/v1/plans/{id}/agreement/attachments",
                        "{\"documentId\":" + planDocument.get("id").asLong() + "}",
                        HttpHeaders.IF_MATCH,
                        "\"" + version() + "\"",
                        plan)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("congelato")));
        assertThat(editor.read(editor.get("/api/v1/plans/{id}/agreement", plan)).get("attachments"))
                .hasSize(2);
        assertThat(editor.read(editor.get(
                                "/api/v1/districts/{slug}/official-documents?kind=AGREEMENT", district.slug()))
                        .get("items")
                        .get(0)
                        .get("sha256")
                        .asString())
                .as("the frozen agreement is in the archive too")
                .isEqualTo(editor.read(editor.get("/api/v1/plans/{id}/agreement", plan))
                        .get("frozenSha256")
                        .asString());
    }

    @Test
    void aFileThatIsNotASignatureOfTheFrozenAgreementIsRefusedAndNothingIsKept() throws Exception {
        editor.post("/api/v1/plans/{id}/agreement", """
                        {"title":"Accordo","text":"Art. 1"}""", plan).andExpect(status().isCreated());
        long municipality = party("Comune di Prova", "SIGNATORY", true);
        draftAndFreeze();
        byte[] frozen = frozen();
        long before = kept();
        upload(
                        district.editor(),
                        municipality,
                        "altro.pdf",
                        pki.pades(TestPki.pdf("Altro"), pki.signer("A"), clock.instant()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("congelato")));
        upload(district.editor(), municipality, "rumore.p7m", "niente".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent());
        upload(
                        district.editor(),
                        municipality,
                        "cambiato.pdf",
                        TestPki.alterPage(pki.pades(frozen, pki.signer("A"), clock.instant()), "Altro importo"))
                .andExpect(status().isUnprocessableContent());
        assertThat(kept()).isEqualTo(before);
        // An untrusted certificate is kept, indeterminate, and does not count.
        upload(
                        district.editor(),
                        municipality,
                        "estraneo.pdf",
                        pki.pades(frozen, pki.strangerSigner("E"), clock.instant()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signatures[0].indication").value("INDETERMINATE"))
                .andExpect(jsonPath("$.signedAt").doesNotExist());
        assertThat(editor.read(editor.get("/api/v1/plans/{id}/agreement", plan))
                        .get("status")
                        .asString())
                .isEqualTo("FROZEN");
    }

    @Test
    void onlyTheDistrictsEditorsWriteAndAnUnpublishedPlansAgreementIsNotPublic() throws Exception {
        editor.post("/api/v1/plans/{id}/agreement", """
                        {"title":"Accordo","text":"Art. 1"}""", plan).andExpect(status().isCreated());
        long municipality = party("Comune di Prova", "SIGNATORY", true);
        fixtures.anonymousApi().get("/api/v1/plans/{id}/agreement", plan).andExpect(status().isUnauthorized());
        draftAndFreeze();
        // Public with the plan, which the mayors approved.
        fixtures.anonymousApi().get("/api/v1/plans/{id}/agreement", plan).andExpect(status().isOk());
        byte[] signed = pki.pades(frozen(), pki.signer("A"), clock.instant());
        TestDistrict other = fixtures.district();
        for (Staff outsider : new Staff[] {district.viewer(), other.editor()}) {
            upload(outsider, municipality, "a.pdf", signed).andExpect(status().isForbidden());
            fixtures.api(outsider)
                    .put("/api/v1/plans/{id}/agreement", """
                            {"title":"X","text":"Y","version":0}""", plan)
                    .andExpect(status().isForbidden());
        }
        assertThat(kept()).isZero();
    }
}

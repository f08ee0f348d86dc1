package it.zona.agreement;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.shared.Digests;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestMailServer;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A party of the agreement signs through its personal link: the office sends it from the
 * agreement's page, the party reads the e-mail, opens the link with no account and uploads its own
 * signed file, validated as the office's upload is. Around it: a new link replaces the earlier one,
 * links expire and stop once used, a refused file is said next to the field with nothing kept, a
 * link reaches its own party of its own agreement only, and only the District's editors send links.
 */
@ZonaIntegrationTest
class PartyLinkTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/agreement-links/([A-Za-z0-9_-]{43})");

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

    @Autowired
    TestMailServer mail;

    @Autowired
    OrganizationRegistry organizations;

    @BeforeEach
    void trustTheTestAuthority() {
        if (pki == null) {
            pki = new TestPki(clock.instant());
            anchors.add(pki.root(), pki.rootCrl());
        }
    }

    @AfterAll
    static void stop() {
        if (pki != null) {
            pki.close();
        }
    }

    /** A District's plan with a frozen agreement; its parties are added with {@link #party}. */
    private final class Scene {
        final TestDistrict district;
        final long plan;
        final ApiClient editor;
        final String agreement;

        Scene() {
            this(fixtures.district());
        }

        Scene(TestDistrict district) {
            this.district = district;
            this.plan = fixtures.plan(district, 2027, 2029);
            this.editor = fixtures.api(district.editor());
            this.agreement = "/plans/" + plan + "/agreement";
        }

        void draft() throws Exception {
            editor.post("/api/v1/plans/{id}/agreement", """
                            {"title":"Accordo di Programma %s","text":"## Art. 1\\nLe parti adottano il Piano."}""".formatted(district.slug()), plan)
                    .andExpect(status().isCreated());
        }

        /** A required signatory whose organisation has these addresses (null for none); answers its id. */
        long party(String name, String email, String pec) throws Exception {
            long organization = fixtures.as(
                    district.editor().username(),
                    () -> organizations
                            .create(
                                    district.slug(),
                                    new OrganizationForm(
                                            name,
                                            OrganizationType.MUNICIPALITY,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            email,
                                            pec,
                                            null,
                                            null,
                                            null))
                            .id());
            return editor.read(editor.post(
                                    "/api/v1/plans/{id}/agreement/parties",
                                    """
                                    {"organizationId":%d,"kind":"SIGNATORY","signatoryName":"Maria Rossi",
                                     "signatoryRole":"Sindaca","signatureRequired":true,"version":%d}""".formatted(organization, version()),
                                    plan)
                            .andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
        }

        void freeze() throws Exception {
            fixtures.approve(district, plan);
            editor.postWithHeader(
                            "/api/v1/plans/{id}/agreement/freeze",
                            "",
                            HttpHeaders.IF_MATCH,
                            "\"" + version() + "\"",
                            plan)
                    .andExpect(status().isOk());
        }

        long version() throws Exception {
            return editor.read(editor.get("/api/v1/plans/{id}/agreement", plan))
                    .get("version")
                    .asLong();
        }

        /** The frozen PDF, as anyone downloads it from the link's page. */
        byte[] frozen() {
            MvcResult pdf = new WebClient(mvc).get(agreement + ".pdf");
            assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
            return pdf.getResponse().getContentAsByteArray();
        }

        byte[] signed(String signer) {
            return pki.pades(frozen(), pki.signer(signer), clock.instant().minus(Duration.ofHours(2)));
        }

        /** Sends the party its link through the API; answers the status. */
        int sendLink(ApiClient who, long party) throws Exception {
            return who.post("/api/v1/plans/{id}/agreement/parties/{p}/link", "", plan, party)
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }

        long kept() {
            return jdbc.queryForObject(
                    "select count(*) from agreement_signature s join program_agreement a on a.id = s.agreement_id"
                            + " where a.plan_id = ?",
                    Long.class,
                    plan);
        }

        long links() {
            return jdbc.queryForObject(
                    "select count(*) from agreement_party_link l join agreement_party p on p.id = l.party_id"
                            + " join program_agreement a on a.id = p.agreement_id where a.plan_id = ?",
                    Long.class,
                    plan);
        }
    }

    @Test
    void theOfficeSendsALinkAndThePartyUploadsItsSignedFileWithoutAnAccount() throws Exception {
        Scene scene = new Scene();
        String pec = "protocollo-" + Fixtures.unique() + "@pec.example.org";
        String email = "comune-" + Fixtures.unique() + "@example.org";
        scene.draft();
        long comune = scene.party("Comune di Prova", email, pec);
        long health = scene.party("ASL di Prova", null, "asl-" + Fixtures.unique() + "@pec.example.org");
        scene.freeze();

        WebClient office = fixtures.signIn(scene.district.editor());
        Document page = office.open(scene.agreement);
        String send = "form[action=" + scene.agreement + "/parties/" + comune + "/link]";
        assertThat(page.select(send)).hasSize(1);
        assertThat(page.select(".party-link").eachText()).containsOnly("Nessun link personale inviato.");
        MvcResult sent = office.submit(page, send, Map.of());
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(scene.agreement);
        Document after = office.open(scene.agreement);
        assertThat(after.select(".alert-success").text()).contains(pec, "60 giorni");
        assertThat(after.select(".party-link").eachText()).contains("Nessun link personale inviato.");
        assertThat(after.select(".party-link").eachText())
                .anySatisfy(text ->
                        assertThat(text).startsWith("Ultimo link inviato il").endsWith(pec + "."));
        assertThat(new WebClient(mvc).open(scene.agreement).select(".party-link"))
                .as("when links went is for the office")
                .isEmpty();

        MimeMessage message = mail.awaitMessages(pec, 1).get(0);
        assertThat(mail.receivedBy(email)).as("the PEC comes first").isEmpty();
        String text = body(message);
        byte[] frozen = scene.frozen();
        assertThat(message.getSubject()).contains("Accordo di Programma");
        assertThat(text).contains("Comune di Prova", "Maria Rossi", "60 giorni", Digests.sha256Hex(frozen));
        String token = token(text);
        assertThat(jdbc.queryForObject(
                        "select count(*) from agreement_party_link where token_hash = ?", Long.class, token))
                .as("only the token's hash is kept")
                .isZero();

        WebClient party = new WebClient(mvc);
        String link = "/agreement-links/" + token;
        Document linkPage = party.open(link);
        assertThat(linkPage.select("h1").text()).contains("Comune di Prova");
        assertThat(linkPage.select("main").text())
                .contains("Accordo di Programma " + scene.district.slug(), "Maria Rossi", "Sindaca")
                .contains(Digests.sha256Hex(frozen), "Congelato per la firma");
        assertThat(linkPage.select("main a[href=" + scene.agreement + ".pdf]")).hasSize(1);

        MvcResult uploaded = party.submit(
                linkPage,
                "form[action=" + link + "]",
                Map.of(),
                "file",
                "accordo-firmato.pdf",
                scene.signed("Maria Rossi"));
        assertThat(uploaded.getResponse().getStatus()).isEqualTo(200);
        Document signedPage = html(uploaded);
        assertThat(signedPage.select(".alert-success").text()).contains("accordo-firmato.pdf", "è valida");
        assertThat(signedPage.select("main").text())
                .contains("Congelato per la firma", "quando tutte le parti", "il link non serve più");
        assertThat(jdbc.queryForList(
                        "select s.party_id || ' ' || s.indication || ' ' || s.uploaded_by from agreement_signature s"
                                + " join program_agreement a on a.id = s.agreement_id where a.plan_id = ?",
                        String.class,
                        scene.plan))
                .containsExactly(comune + " PASSED link:Comune di Prova");

        MvcResult again = party.get(link);
        assertThat(again.getResponse().getStatus()).as("a used link").isEqualTo(404);
        assertThat(html(again).select("main").text()).contains("già stata registrata");
        WebClient.assertNoStackTrace(again);
        MvcResult twice = party.submit(
                linkPage, "form[action=" + link + "]", Map.of(), "file", "ancora.pdf", scene.signed("Maria Rossi"));
        assertThat(twice.getResponse().getStatus()).isEqualTo(404);
        assertThat(scene.kept()).isEqualTo(1);

        assertThat(office.open(scene.agreement).select(send))
                .as("a party that signed needs no link")
                .isEmpty();
        assertThat(scene.sendLink(scene.editor, comune)).isEqualTo(409);

        // The last required party signs through its own link: the agreement is in force.
        assertThat(scene.sendLink(scene.editor, health)).isEqualTo(204);
        String healthToken = token(body(mail.awaitMessages(
                        jdbc.queryForObject(
                                "select sent_to from agreement_party_link where party_id = ?", String.class, health),
                        1)
                .get(0)));
        Document inForce = html(party.submit(
                party.open("/agreement-links/" + healthToken),
                "main form",
                Map.of(),
                "file",
                "asl.pdf",
                scene.signed("Luca Bianchi")));
        assertThat(inForce.select("main").text()).contains("In vigore", "l’Accordo di Programma è in vigore");
    }

    @Test
    void aNewLinkReplacesTheEarlierOneAndALinkExpires() throws Exception {
        Scene scene = new Scene();
        String email = "comune-" + Fixtures.unique() + "@example.org";
        scene.draft();
        long comune = scene.party("Comune di Prova", email, null);
        scene.freeze();

        assertThat(scene.sendLink(scene.editor, comune)).isEqualTo(204);
        String first = token(body(mail.awaitMessages(email, 1).get(0)));
        assertThat(scene.sendLink(scene.editor, comune)).isEqualTo(204);
        List<MimeMessage> both = mail.awaitMessages(email, 2);
        String second = token(body(both.get(1)));
        assertThat(second).isNotEqualTo(first);
        assertThat(scene.links()).as("one link per party").isEqualTo(1);

        WebClient party = new WebClient(mvc);
        MvcResult replaced = party.get("/agreement-links/" + first);
        assertThat(replaced.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(replaced).select("main").text()).contains("Il link non è valido");
        WebClient.assertNoStackTrace(replaced);
        assertThat(party.get("/agreement-links/" + second).getResponse().getStatus())
                .isEqualTo(200);
        MvcResult garbage = party.get("/agreement-links/not-a-token");
        assertThat(garbage.getResponse().getStatus()).isEqualTo(404);
        WebClient.assertNoStackTrace(garbage);
        MvcResult english = party.get("/agreement-links/" + first + "?lang=en");
        assertThat(html(english).select("main").text()).contains("The link is not valid");

        jdbc.update(
                "update agreement_party_link set expires_at = ? where party_id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))),
                comune);
        MvcResult expired = party.get("/agreement-links/" + second);
        assertThat(expired.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(expired).select("main").text()).contains("Il link è scaduto");
    }

    @Test
    void aRefusedFileIsSaidNextToTheFieldAndNothingIsKept() throws Exception {
        Scene scene = new Scene();
        String email = "comune-" + Fixtures.unique() + "@example.org";
        scene.draft();
        long comune = scene.party("Comune di Prova", email, null);
        scene.freeze();
        scene.sendLink(scene.editor, comune);
        String link =
                "/agreement-links/" + token(body(mail.awaitMessages(email, 1).get(0)));
        WebClient party = new WebClient(mvc);

        Map<String, byte[]> files = Map.of(
                "nessuno", new byte[0],
                "rumore.p7m", "niente".getBytes(StandardCharsets.UTF_8),
                "altro.pdf", pki.pades(TestPki.pdf("Altro"), pki.signer("Maria Rossi"), clock.instant()));
        Map<String, String> said = new java.util.HashMap<>();
        files.forEach((name, content) -> {
            MvcResult refused = party.submit(party.open(link), "main form", Map.of(), "file", name, content);
            assertThat(refused.getResponse().getStatus()).as(name).isEqualTo(422);
            Document page = html(refused);
            assertThat(page.select("#file").attr("aria-invalid")).as(name).isEqualTo("true");
            said.put(name, page.select("#file-error").text());
        });
        assertThat(said)
                .containsEntry("nessuno", "Scegli il file firmato da caricare.")
                .containsEntry("rumore.p7m", "Il file non è un PDF firmato né un file .p7m.");
        assertThat(said.get("altro.pdf")).contains("non è l’Accordo congelato");
        assertThat(scene.kept()).as("nothing kept").isZero();
        assertThat(party.get(link).getResponse().getStatus())
                .as("the link still works")
                .isEqualTo(200);
    }

    @Test
    void aLinkReachesItsOwnPartyOfItsOwnAgreementOnly() throws Exception {
        Scene mine = new Scene();
        String email = "comune-" + Fixtures.unique() + "@example.org";
        mine.draft();
        long comune = mine.party("Comune di Prova", email, null);
        long other = mine.party("Comune vicino", "vicino-" + Fixtures.unique() + "@example.org", null);
        mine.freeze();
        Scene theirs = new Scene();
        theirs.draft();
        long stranger = theirs.party("Comune lontano", "lontano-" + Fixtures.unique() + "@example.org", null);
        theirs.freeze();

        mine.sendLink(mine.editor, comune);
        String link =
                "/agreement-links/" + token(body(mail.awaitMessages(email, 1).get(0)));
        WebClient party = new WebClient(mvc);

        // The other agreement's PDF, however well signed, is not this agreement.
        MvcResult foreign = party.submit(
                party.open(link), "main form", Map.of(), "file", "altro-accordo.pdf", theirs.signed("Maria Rossi"));
        assertThat(foreign.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(foreign).select("#file-error").text()).contains("non è l’Accordo congelato");
        assertThat(theirs.kept() + mine.kept()).isZero();

        // Nothing in the request chooses the party: the token does.
        MvcResult signed = party.submit(
                party.open(link),
                "main form",
                Map.of("partyId", Long.toString(other), "planId", Long.toString(theirs.plan)),
                "file",
                "accordo.pdf",
                mine.signed("Maria Rossi"));
        assertThat(signed.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "select party_id from agreement_signature where party_id in (?, ?, ?)",
                        Long.class,
                        comune,
                        other,
                        stranger))
                .containsExactly(comune);
    }

    @Test
    void onlyTheDistrictsEditorsSendLinksAndOnlyToAPartyWithAnAddress() throws Exception {
        Scene scene = new Scene();
        String email = "comune-" + Fixtures.unique() + "@example.org";
        scene.draft();
        long comune = scene.party("Comune di Prova", email, null);
        long silent = scene.party("Comune senza indirizzi", null, null);
        assertThat(scene.sendLink(scene.editor, comune))
                .as("a draft is not signed")
                .isEqualTo(409);
        scene.freeze();

        TestDistrict elsewhere = fixtures.district();
        assertThat(scene.sendLink(fixtures.api(scene.district.viewer()), comune))
                .isEqualTo(403);
        assertThat(scene.sendLink(fixtures.api(elsewhere.editor()), comune)).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/plans/{id}/agreement/parties/{p}/link", scene.plan, comune))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        String form = scene.agreement + "/parties/" + comune + "/link";
        WebClient viewer = fixtures.signIn(scene.district.viewer());
        assertThat(viewer.post(form, Map.of()).getResponse().getStatus()).isEqualTo(403);
        assertThat(viewer.open(scene.agreement).select("form[action=" + form + "]"))
                .isEmpty();
        assertThat(fixtures.signIn(elsewhere.editor())
                        .post(form, Map.of())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(new WebClient(mvc).post(form, Map.of()).getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(scene.links()).isZero();

        assertThat(scene.sendLink(scene.editor, silent)).isEqualTo(422);
        WebClient office = fixtures.signIn(scene.district.editor());
        MvcResult refused = office.post(scene.agreement + "/parties/" + silent + "/link", Map.of());
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(scene.agreement);
        assertThat(office.open(scene.agreement).select(".alert-danger").text())
                .contains("Comune senza indirizzi non ha né una PEC né un indirizzo e-mail");
        assertThat(scene.links()).isZero();
        mail.assertNothingArrives(email, Duration.ofMillis(300));
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a personal link in:\n" + text).isTrue();
        return link.group(1);
    }
}

package it.zona.agreement;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.shared.Digests;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestCalendar;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The agreement's pages as a browser uses them: anyone reads the demo's draft from its plan's page;
 * the office drafts an agreement, names its parties, freezes it and uploads a party's signed file
 * through the forms alone, and sees what DSS found; what it typed or sent wrong is said next to the
 * field, with nothing stored; who may not change the agreement cannot.
 */
@ZonaIntegrationTest
class AgreementPagesTest {

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
    AgreementWords words;

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

    /** A new District's plan, its organisations and its editor in a browser, who works only through the pages. */
    private final class Office {
        final TestDistrict district = fixtures.district();
        final long plan = fixtures.plan(district, 2027, 2029);
        final WebClient editor = fixtures.signIn(district.editor());
        final String agreement = "/plans/" + plan + "/agreement";

        /** Drafts the agreement through its form. */
        void draft() {
            MvcResult drafted = editor.submit(
                    editor.open(agreement + "/new"),
                    "main form",
                    Map.of(
                            "title",
                            "Accordo di Programma",
                            "text",
                            "## Art. 1 – Oggetto\nLe parti **adottano** il Piano."));
            follow(drafted);
        }

        /** Adds a party through its form; answers its id. */
        long party(String organization, String kind) {
            long id = fixtures.organization(district, organization);
            MvcResult added = editor.submit(
                    editor.open(agreement + "/parties/new"),
                    "main form",
                    Map.of(
                            "organizationId", Long.toString(id),
                            "kind", kind,
                            "signatoryName", "Maria Rossi",
                            "signatoryRole", "Sindaca",
                            "empoweringAct", "Delibera di Giunta n. 1/2027"));
            follow(added);
            return jdbc.queryForObject("select id from agreement_party where organization_id = ?", Long.class, id);
        }

        /** Freezes through the confirmation page: refused until the mayors approve the plan, then done. */
        void freeze() {
            Document refused = WebClient.html(editor.submit(editor.open(agreement + "/freeze"), "main form", Map.of()));
            assertThat(refused.select(".alert-danger").text()).contains("quando il piano è approvato");
            fixtures.approve(district, plan);
            MvcResult frozen = editor.submit(editor.open(agreement + "/freeze"), "main form", Map.of());
            follow(frozen);
        }

        /** Goes back to the agreement's page after a change, as a browser follows the redirect. */
        Document follow(MvcResult changed) {
            assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo(agreement);
            return editor.open(agreement);
        }

        /** The frozen PDF/A, as the page links it. */
        byte[] frozen() throws Exception {
            MvcResult pdf = editor.get(agreement + ".pdf");
            assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
            return pdf.getResponse().getContentAsByteArray();
        }

        MvcResult upload(long party, String name, byte[] content) {
            return editor.submit(
                    editor.open(agreement + "/parties/" + party + "/sign"),
                    "main form",
                    Map.of(),
                    "file",
                    name,
                    content);
        }

        long agreements() {
            return jdbc.queryForObject("select count(*) from program_agreement where plan_id = ?", Long.class, plan);
        }

        long parties() {
            return jdbc.queryForObject(
                    "select count(*) from agreement_party p join program_agreement a on a.id = p.agreement_id"
                            + " where a.plan_id = ?",
                    Long.class,
                    plan);
        }

        long kept() {
            return jdbc.queryForObject(
                    "select count(*) from agreement_signature s join program_agreement a on a.id = s.agreement_id"
                            + " where a.plan_id = ?",
                    Long.class,
                    plan);
        }
    }

    @Test
    void anyoneReadsTheDemosAgreementInForceFromItsPlansPage() {
        long plan = jdbc.queryForObject(
                "select a.plan_id from program_agreement a join district d on d.id = a.district_id"
                        + " where d.slug = 'poggiardo' and a.status = 'IN_FORCE'",
                Long.class);
        String agreement = "/plans/" + plan + "/agreement";
        WebClient anonymous = new WebClient(mvc);

        Document planPage = anonymous.open("/plans/" + plan);
        assertThat(planPage.select("section[aria-labelledby=agreement] a[href=" + agreement + "]")
                        .text())
                .isEqualTo("Accordo di Programma per l’adozione del Piano Sociale di Zona 2024-2026");
        assertThat(planPage.select("section[aria-labelledby=agreement] .badge").text())
                .isEqualTo("In vigore dal 09/04/2024");
        assertThat(planPage.select("a[href=" + agreement + "]").eachText())
                .as("the plan's iter names the agreement as the act that took it to implementation")
                .hasSizeGreaterThan(1);

        Document page = anonymous.open(agreement);
        assertThat(page.select("h1").text()).isEqualTo("Accordo di Programma");
        assertThat(page.select("main dl").text()).contains("In vigore dal 09/04/2024");
        assertThat(page.select(".agreement-text h3").eachText()).contains("Art. 1 – Oggetto", "Art. 4 – Durata");
        long parties = jdbc.queryForObject(
                "select count(*) from agreement_party p join program_agreement a on a.id = p.agreement_id"
                        + " where a.plan_id = ?",
                Long.class,
                plan);
        assertThat(page.select("section[aria-labelledby=parties] tbody tr")).hasSize((int) parties);
        assertThat(page.select("section[aria-labelledby=parties] tbody").text())
                .contains("Firmatario", "Aderente", "Sindaco", "In attesa")
                .contains("Cooperativa sociale Il Melograno (fittizia)");
        assertThat(page.select("section[aria-labelledby=signatures]").text())
                .as("signed with the demo's certificates, every party but one adhering body")
                .contains("Autorità di certificazione dimostrativa (fittizia)");
        assertThat(page.select("main a[href^=" + agreement + "/]"))
                .as("no staff link")
                .allMatch(link -> link.attr("href").startsWith(agreement + "/signatures/"));

        Document english = new WebClient(mvc).open(agreement + "?lang=en");
        assertThat(english.select("h1").text()).isEqualTo("Program agreement");
        assertThat(english.select("main dl").text()).contains("In force since 9 Apr 2024");
        assertThat(english.select(".agreement-text").attr("lang"))
                .as("the articles are Italian")
                .isEqualTo("it");

        // A public plan without an agreement has none to show to the public.
        Office office = new Office();
        fixtures.approve(office.district, office.plan);
        assertThat(anonymous.get(office.agreement).getResponse().getStatus()).isEqualTo(404);
        assertThat(anonymous.open("/plans/" + office.plan).select("section[aria-labelledby=agreement]"))
                .isEmpty();
    }

    @Test
    void anEditorDraftsNamesThePartiesFreezesAndUploadsASignedFileThroughThePages() throws Exception {
        Office office = new Office();
        WebClient editor = office.editor;
        String agreement = office.agreement;
        assertThat(editor.open("/plans/" + office.plan).select("main a[href=" + agreement + "/new]"))
                .hasSize(1);
        assertThat(editor.open(agreement).select("main a[href=" + agreement + "/new]"))
                .as("the empty page offers the draft")
                .hasSize(1);

        Document form = editor.open(agreement + "/new");
        Document untitled = html(editor.submit(form, "main form", Map.of("title", " ", "text", "Art. 1")));
        assertThat(untitled.select("#title-error").text()).isNotBlank();
        assertThat(untitled.select("#text").text()).as("what was typed stays").isEqualTo("Art. 1");
        assertThat(office.agreements()).as("nothing stored").isZero();
        Document drafted = office.follow(editor.submit(
                form,
                "main form",
                Map.of(
                        "title",
                        "Accordo di Programma",
                        "text",
                        "## Art. 1 – Oggetto\nLe parti **adottano** il Piano.")));
        assertThat(drafted.select(".alert-success").text()).contains("bozza");
        assertThat(drafted.select(".agreement-text strong").text()).isEqualTo("adottano");
        assertThat(drafted.select("main dl").text()).contains("Bozza");

        Document edited = office.follow(editor.submit(
                editor.open(agreement + "/edit"),
                "main form",
                Map.of("text", "## Art. 1 – Oggetto\nLe parti adottano il Piano di zona.")));
        assertThat(edited.select(".alert-success").text()).isEqualTo("Il testo dell’Accordo è stato aggiornato.");
        assertThat(edited.select(".agreement-text").text()).contains("il Piano di zona.");

        long comune = office.party("Comune di Prova", "SIGNATORY");
        long health = office.party("ASL di Prova", "SIGNATORY");
        office.party("Cooperativa di Prova", "ADHERENT");
        assertThat(editor.open(agreement + "/parties/new")
                        .select("#organizationId option")
                        .eachText())
                .as("a body is a party once")
                .doesNotContain("Comune di Prova");
        office.follow(editor.submit(
                editor.open(agreement + "/parties/" + comune + "/edit"),
                "main form",
                Map.of("signatoryRole", "Sindaca del Comune di Prova")));
        Document remove = editor.open(agreement + "/parties/" + health + "/remove");
        assertThat(remove.select("h1").text()).isEqualTo("Rimuovere ASL di Prova dall’Accordo?");
        Document named = office.follow(editor.submit(remove, "main form", Map.of()));
        assertThat(named.select(".alert-success").text()).isEqualTo("ASL di Prova non è più parte dell’Accordo.");
        assertThat(named.select("section[aria-labelledby=parties] tbody th").eachText())
                .containsExactly("Comune di Prova", "Cooperativa di Prova");
        assertThat(named.select("section[aria-labelledby=parties] tbody tr")
                        .first()
                        .text())
                .contains("Sindaca del Comune di Prova", "Delibera di Giunta n. 1/2027", "Sì", "In attesa");

        // The memorandum with the unions, signed outside Zona, is archived and attached.
        editor.submit(
                editor.open("/districts/" + office.district.slug() + "/archive/new"),
                "main form",
                Map.of(
                        "kind", "MEMORANDUM",
                        "title", "Protocollo d’intesa con le organizzazioni sindacali",
                        "issuedOn", TestCalendar.today().minusDays(1).toString()),
                "file",
                "protocollo.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Document unattached = WebClient.html(
                editor.submit(editor.open(agreement), "form[action$=/attachments]", Map.of("documentId", "")));
        assertThat(unattached.select("#documentId-error").text()).isNotBlank();
        Document withAttachment = editor.open(agreement);
        String memorandum = withAttachment.select("#documentId option").stream()
                .filter(option -> option.text().startsWith("Protocollo"))
                .findFirst()
                .orElseThrow()
                .attr("value");
        Document attached = office.follow(
                editor.submit(withAttachment, "form[action$=/attachments]", Map.of("documentId", memorandum)));
        assertThat(attached.select("section[aria-labelledby=attachments] tbody th a")
                        .eachText())
                .containsExactly("Protocollo d’intesa con le organizzazioni sindacali");

        Document confirm = editor.open(agreement + "/freeze");
        assertThat(confirm.select("main").text()).contains("non cambiano più", "Le parti sono 2; la firma di 1");
        office.freeze();
        byte[] frozen = office.frozen();
        assertThat(new String(frozen, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        Document frozenPage = editor.open(agreement);
        assertThat(frozenPage.select("main dl").text()).contains("Congelato per la firma", Digests.sha256Hex(frozen));
        assertThat(frozenPage.select("main a[href=" + agreement + "/edit]")).isEmpty();
        assertThat(editor.open(agreement + "/edit").select("main form[method=post]"))
                .as("the text no longer changes")
                .isEmpty();

        byte[] signed =
                pki.pades(frozen, pki.signer("Maria Rossi"), clock.instant().minus(Duration.ofHours(2)));
        MvcResult uploaded = office.upload(comune, "accordo-firmato.pdf", signed);
        String signature = uploaded.getResponse().getRedirectedUrl();
        assertThat(signature).startsWith(agreement + "/signatures/");
        Document summary = editor.open(signature);
        assertThat(summary.select(".alert-success").text()).contains("accordo-firmato.pdf", "è valida");
        assertThat(summary.select("h1").text()).isEqualTo("Verifica del file firmato accordo-firmato.pdf");
        String found = summary.select("main dl").text();
        assertThat(found).contains("Valida", "PAdES (PDF firmato)", "Maria Rossi", "Ancora di fiducia");
        assertThat(found).doesNotContain("Nessuna: la firma non risale");
        assertThat(editor.get(signature + "/file").getResponse().getContentAsByteArray())
                .isEqualTo(signed);
        assertThat(editor.get(signature + "/report").getResponse().getContentAsString())
                .contains("SimpleReport");
        assertThat(editor.get(signature + "/report?detailed=true").getResponse().getContentAsString())
                .contains("DetailedReport");

        Document inForce = editor.open(agreement);
        assertThat(inForce.select("main dl .badge").text()).startsWith("In vigore dal ");
        assertThat(inForce.select("section[aria-labelledby=parties] tbody tr")
                        .first()
                        .text())
                .contains("Firmato il");
        assertThat(inForce.select("section[aria-labelledby=signatures] article h3")
                        .text())
                .isEqualTo("Comune di Prova – accordo-firmato.pdf");
        assertThat(editor.open("/plans/" + office.plan)
                        .select("section[aria-labelledby=agreement] .badge")
                        .text())
                .startsWith("In vigore dal ");
    }

    @Test
    void aFileThatIsNotTheSignedAgreementIsSaidNextToTheFieldAndNothingIsKept() throws Exception {
        Office office = new Office();
        office.draft();
        Document empty = html(office.editor.submit(
                office.editor.open(office.agreement + "/parties/new"),
                "main form",
                Map.of("kind", "SIGNATORY", "signatoryName", "", "signatoryRole", "Sindaca")));
        assertThat(empty.select("#organizationId-error").text()).isNotBlank();
        assertThat(empty.select("#signatoryName-error").text()).isNotBlank();
        assertThat(office.parties()).as("no party stored").isZero();
        long comune = office.party("Comune di Prova", "SIGNATORY");

        Document early = office.editor.open(office.agreement + "/parties/" + comune + "/sign");
        assertThat(early.select("main form")).as("a draft is not signed").isEmpty();
        assertThat(early.select("main").text()).contains("va congelato prima di essere firmato");

        office.freeze();
        Map<String, byte[]> files = new HashMap<>();
        files.put("nessuno", new byte[0]);
        files.put("rumore.p7m", "niente".getBytes(StandardCharsets.UTF_8));
        files.put("enorme.pdf", new byte[AgreementRegistry.MAX_FILE_BYTES + 1]);
        files.put("altro.pdf", pki.pades(TestPki.pdf("Altro"), pki.signer("Maria Rossi"), clock.instant()));
        Map<String, String> said = new HashMap<>();
        files.forEach((name, content) -> {
            MvcResult refused = office.upload(comune, name, content);
            assertThat(refused.getResponse().getStatus()).as(name).isEqualTo(200);
            Document page = html(refused);
            assertThat(page.select("#file").attr("aria-invalid")).as(name).isEqualTo("true");
            said.put(name, page.select("#file-error").text());
        });
        assertThat(said)
                .containsEntry("nessuno", "Scegli il file firmato da caricare.")
                .containsEntry("rumore.p7m", "Il file non è un PDF firmato né un file .p7m.")
                .containsEntry("enorme.pdf", "Il file supera 5 MB.");
        assertThat(said.get("altro.pdf")).contains("non è l’Accordo congelato");
        assertThat(office.kept()).as("nothing kept").isZero();
        assertThat(office.editor.open(office.agreement).select("main dl").text())
                .contains("Congelato per la firma");
    }

    @Test
    void aViewerIsRefusedTheFormsAndSomeoneNotSignedInIsSentToSignIn() throws Exception {
        Office office = new Office();
        office.draft();
        long party = office.party("Comune di Prova", "SIGNATORY");
        WebClient viewer = fixtures.signIn(office.district.viewer());
        WebClient anonymous = new WebClient(mvc);
        String agreement = office.agreement;
        for (String form : List.of(
                agreement + "/new",
                agreement + "/edit",
                agreement + "/freeze",
                agreement + "/parties/new",
                agreement + "/parties/" + party + "/edit",
                agreement + "/parties/" + party + "/remove",
                agreement + "/parties/" + party + "/sign")) {
            assertThat(viewer.get(form).getResponse().getStatus()).as(form).isEqualTo(403);
            assertThat(viewer.post(form, Map.of("version", "0")).getResponse().getStatus())
                    .as("POST " + form)
                    .isEqualTo(403);
            assertThat(anonymous
                            .post(form, Map.of("version", "0"))
                            .getResponse()
                            .getRedirectedUrl())
                    .as("POST " + form + " not signed in")
                    .endsWith("/login");
        }
        Document page = viewer.open(agreement);
        assertThat(page.select("main .agreement-text")).isNotEmpty();
        assertThat(page.select("main a[href^=" + agreement + "/]"))
                .as("no staff link")
                .isEmpty();
        assertThat(office.parties()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select status from program_agreement where plan_id = ?", String.class, office.plan))
                .isEqualTo("DRAFT");
    }

    @Test
    void everyConstantOfTheAgreementsEnumsHasItsWordsInBothLanguages() {
        Locale previous = LocaleContextHolder.getLocale();
        try {
            for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                LocaleContextHolder.setLocale(locale);
                List<String> said = new ArrayList<>();
                for (AgreementStatus status : AgreementStatus.values()) {
                    said.add(words.status(status));
                }
                for (PartyKind kind : PartyKind.values()) {
                    said.add(words.kind(kind));
                }
                for (SignatureFormat format : SignatureFormat.values()) {
                    said.add(words.format(format));
                }
                for (Indication indication : Indication.values()) {
                    said.add(words.indication(indication));
                }
                for (Verdict.Reason reason : Verdict.Reason.values()) {
                    said.add(words.reason(reason));
                }
                assertThat(said)
                        .as(locale.toString())
                        .allSatisfy(text -> assertThat(text).isNotBlank());
                assertThat(said).as(locale + ": no two constants read alike").doesNotHaveDuplicates();
            }
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }
}

package it.zona.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The eligibility check's page, as an anonymous visitor uses it without JavaScript: it asks only
 * what the District's services need, answers service by service with the reasons, the band, what
 * to bring and where to go, refuses impossible answers next to their field, and leaves no trace:
 * no cookie, no session, no row, no log line with an answer. And the office's criteria form.
 */
@ZonaIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CheckPagesTest {

    private static final Logger log = LoggerFactory.getLogger(CheckPagesTest.class);

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoggingSystem logging;

    @LocalServerPort
    int port;

    private static String check(TestDistrict district) {
        return "/districts/" + district.slug() + "/services/check";
    }

    /** The answers of a person of 80 with a social and health ISEE, typed as Italians write it. */
    private static Map<String, String> answers(CheckedDistrict checked, String isee) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("age", "80");
        answers.put("municipality", checked.lead());
        answers.put("iseeType", "SOCIO_HEALTH");
        answers.put("isee", isee);
        answers.put("householdMembers", "2");
        answers.put("minors", "0");
        answers.put("disability", "NONE");
        answers.put("invalidityPercent", "100");
        answers.put("nonSelfSufficient", "true");
        return answers;
    }

    private static void leavesNoTrace(MvcResult result) {
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(result.getResponse().getCookies()).isEmpty();
        assertThat(result.getRequest().getSession(false)).as("no session").isNull();
    }

    @Test
    void theFormAsksOnlyWhatTheDistrictsServicesNeedAndSetsNoCookie() throws Exception {
        CheckedDistrict checked = CheckedDistrict.create(fixtures);
        WebClient visitor = new WebClient(mvc);
        MvcResult opened = visitor.get(check(checked.district()));
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        leavesNoTrace(opened);
        Document page = WebClient.html(opened);
        assertThat(page.select("h1").text()).isEqualTo("Verifica dei requisiti");
        Element form = page.selectFirst("main form[method=post]");
        assertThat(form.attr("action")).isEqualTo(check(checked.district()));
        assertThat(form.select("input[name=_csrf]")).as("no token, no session").isEmpty();
        assertThat(form.select("input[name], select[name]").eachAttr("name").stream()
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "age",
                        "municipality",
                        "iseeType",
                        "isee",
                        "householdMembers",
                        "minors",
                        "disability",
                        "invalidityPercent",
                        "nonSelfSufficient",
                        "employment",
                        "nonEuCitizen",
                        "residencePermit");
        assertThat(form.select("#municipality option").eachAttr("value"))
                .contains("", checked.lead(), checked.other(), "elsewhere");
        for (Element field : form.select("input[type=text], select")) {
            assertThat(page.select("label[for=" + field.id() + "]"))
                    .as("label of " + field.id())
                    .hasSize(1);
        }
        assertThat(page.select("main a[href=/services/" + checked.undescribed() + "]")
                        .text())
                .isEqualTo("Segretariato sociale");

        // A District whose one described service asks only the age: the form asks the age alone.
        TestDistrict small = fixtures.district();
        long service = fixtures.api(small.editor())
                .read(fixtures.api(small.editor()).post("/api/v1/districts/{slug}/services", """
                                {"kind": "SERVICE", "category": "CULTURE_LEISURE", "title": "Soggiorni estivi",
                                 "status": "ACTIVE", "summary": "Vacanze.", "audienceText": "Anziani.",
                                 "howTo": "Allo sportello.", "outcome": "Una settimana al mare.",
                                 "audiences": ["OLDER_PEOPLE"], "allMunicipalities": true}""", small.slug()))
                .get("id")
                .asLong();
        Document empty = visitor.open(check(small));
        assertThat(empty.select("main form")).isEmpty();
        assertThat(empty.select("main").text()).contains("non sono ancora descritti");
        fixtures.api(small.editor())
                .put(
                        "/api/v1/services/{id}/criteria",
                        "{\"criteria\": {\"kind\": \"ageRange\", \"min\": 65}, \"version\": 0}",
                        service)
                .andReturn();
        assertThat(visitor.open(check(small))
                        .select("main form")
                        .select("input[name], select[name]")
                        .eachAttr("name"))
                .containsExactly("age");
        assertThat(visitor.get("/districts/no-such-district/services/check")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aServicesPageListsItsCriteriaAndBandsAndLeadsToTheCheck() throws Exception {
        CheckedDistrict checked = CheckedDistrict.create(fixtures);
        WebClient visitor = new WebClient(mvc);

        Document allowance = visitor.open("/services/" + checked.careAllowance());
        assertThat(allowance.select("nav[aria-labelledby=page-index] a").eachAttr("href"))
                .startsWith("#audience", "#criteria", "#howTo");
        Element criteria = allowance.selectFirst("section#criteria");
        assertThat(criteria.select("> ul > li > span").text()).isEqualTo("Tutti questi requisiti:");
        assertThat(criteria.select("> ul > li > ul > li").eachText())
                .containsExactly(
                        "ISEE sociosanitario non superiore a 30.000,00 €",
                        "Condizione di non autosufficienza",
                        "Invalidità civile di almeno il 100%");
        assertThat(criteria.select("table caption").text()).isEqualTo("Importo per fascia di ISEE sociosanitario");
        assertThat(criteria.select("table tbody tr").eachText())
                .containsExactly("fino a 15.000,00 € 600,00 €", "oltre 15.000,00 € 300,00 €");
        assertThat(criteria.select("a").attr("href")).isEqualTo(check(checked.district()));

        Document english = visitor.open("/services/" + checked.homeCare() + "?lang=en");
        assertThat(english.select("section#criteria li").eachText())
                .contains("Resident in a municipality of the District", "Aged 65 or over");

        Document undescribed = visitor.open("/services/" + checked.undescribed());
        assertThat(undescribed.select("section#criteria")).isEmpty();
        assertThat(undescribed.select("nav[aria-labelledby=page-index] a[href=#criteria]"))
                .isEmpty();
    }

    @Test
    void theResultSaysServiceByServiceWhyWithTheBandWhatToBringAndWhereToGo() throws Exception {
        CheckedDistrict checked = CheckedDistrict.create(fixtures);
        WebClient visitor = new WebClient(mvc);
        Document form = visitor.open(check(checked.district()));
        MvcResult sent = visitor.submit(form, "main form", answers(checked, "12.000,50"));

        assertThat(sent.getResponse().getStatus()).isEqualTo(200);
        assertThat(sent.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        leavesNoTrace(sent);
        Document result = WebClient.html(sent);
        assertThat(result.select("h1").text()).isEqualTo("Risultato della verifica dei requisiti");
        assertThat(result.select("main [role=note]").text()).contains("orientamento, non una decisione");

        Element met = result.selectFirst("#met-title").parent();
        assertThat(met.select("h3").eachText()).containsExactly("Assegno di cura");
        assertThat(met.text())
                .contains(
                        "Importo: 600,00 € (fascia con ISEE fino a 15.000,00 €).",
                        "Soddisfatto: ISEE di 12.000,50 €: non supera la soglia di 30.000,00 €.",
                        "Soddisfatto: Invalidità civile del 100%: almeno il 100% richiesto.",
                        "Cosa serve",
                        "documento di identità",
                        "Dove andare",
                        "Sportello sociale");
        assertThat(met.select("a[href=/services/" + checked.careAllowance() + "]"))
                .hasSize(1);
        assertThat(met.select("table caption").text()).contains("Sportello sociale");

        Element assessed = result.selectFirst("#assessed-title").parent();
        assertThat(assessed.select("h3").eachText()).containsExactly("Assistenza domiciliare");
        assertThat(assessed.text())
                .contains(
                        "Soddisfatto: Età 80 anni: almeno 65.",
                        "Non soddisfatto: Nessuna disabilità riconosciuta",
                        "Lo valuta l’assistente sociale: Valutazione dell’assistente sociale: Il bisogno di assistenza");

        assertThat(result.select("#unknown-title"))
                .as("every answer the services need is given")
                .isEmpty();

        Element notMet = result.selectFirst("#not-met-title").parent();
        assertThat(notMet.select("h3").eachText())
                .containsExactlyInAnyOrder("Buono nido", "Contributo affitto", "Reddito minimo");
        assertThat(notMet.text())
                .contains(
                        "Non soddisfatto: Serve l’ISEE minorenni: è indicato l’ISEE sociosanitario.",
                        "Non soddisfatto: Il Comune di residenza non è tra quelli ammessi.")
                .doesNotContain("Dove andare");
        assertThat(result.select("#undescribed-title + p + ul a").text()).isEqualTo("Segretariato sociale");

        // "Modifica le risposte" posts the answers back, never in an address.
        Element back = result.selectFirst("main form:has(button[name=edit])");
        assertThat(back.attr("method")).isEqualTo("post");
        assertThat(back.attr("action")).isEqualTo(check(checked.district()));
        assertThat(result.select("a[href*=isee], a[href*=age=]")).isEmpty();
        MvcResult edited = visitor.submit(back, Map.of("edit", "1"));
        assertThat(edited.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        leavesNoTrace(edited);
        Document again = WebClient.html(edited);
        assertThat(again.select("h1").text()).isEqualTo("Verifica dei requisiti");
        assertThat(again.selectFirst("#isee").val()).isEqualTo("12000.5");
        assertThat(again.selectFirst("#age").val()).isEqualTo("80");
        assertThat(again.selectFirst("#nonSelfSufficient-yes").hasAttr("checked"))
                .isTrue();
        assertThat(again.select("#municipality option[selected]").attr("value")).isEqualTo(checked.lead());
        Document twice = WebClient.html(visitor.submit(again, "main form", Map.of()));
        assertThat(twice.selectFirst("#met-title").parent().text())
                .as("the answers sent back give the same result")
                .contains("ISEE di 12.000,50 €");

        // With the age alone, what is still to answer for each service.
        Document ageOnly = WebClient.html(visitor.submit(form, "main form", Map.of("age", "80")));
        Element unknown = ageOnly.selectFirst("#unknown-title").parent();
        assertThat(unknown.select("h3").eachText()).contains("Assegno di cura", "Reddito minimo");
        assertThat(unknown.text())
                .contains("Per saperlo rispondi a: ISEE e suo tipo, invalidità civile, non autosufficienza")
                .contains("Manca la risposta: Percentuale di invalidità civile non indicata.");

        // In English, with the amounts as English writes them.
        Document english = WebClient.html(visitor.submit(
                visitor.open(check(checked.district()) + "?lang=en"), "main form", answers(checked, "12,000.50")));
        assertThat(english.select("h1").text()).isEqualTo("Eligibility check result");
        assertThat(english.selectFirst("#met-title").parent().text())
                .contains("Amount: 600.00 € (band for an ISEE up to 15,000.00 €).");
    }

    @Test
    void answersNoPersonCanGiveComeBackAsFieldErrorsNeverA500() throws Exception {
        CheckedDistrict checked = CheckedDistrict.create(fixtures);
        WebClient visitor = new WebClient(mvc);
        Document form = visitor.open(check(checked.district()));
        Map<String, String> wrong = new HashMap<>();
        wrong.put("age", "130");
        wrong.put("municipality", "999999");
        wrong.put("iseeType", "ORDINARY");
        wrong.put("isee", "-5");
        wrong.put("householdMembers", "2");
        wrong.put("minors", "2");
        wrong.put("invalidityPercent", "cento");
        wrong.put("employment", "ASTRONAUT");
        MvcResult sent = visitor.submit(form, "main form", wrong);
        assertThat(sent.getResponse().getStatus()).isEqualTo(200);
        assertThat(sent.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        leavesNoTrace(sent);
        Document page = WebClient.html(sent);
        assertThat(page.select("h1").text()).isEqualTo("Verifica dei requisiti");
        assertThat(page.select("main .alert-danger")).hasSize(1);
        Map<String, String> errors = new TreeMap<>();
        for (Element error : page.select(".field-error")) {
            errors.put(error.id(), error.text());
        }
        assertThat(errors)
                .containsEntry("age-error", "L’età va da 0 a 120 anni.")
                .containsEntry("municipality-error", "Scegli un Comune dell’elenco.")
                .containsEntry("isee-error", "Gli importi in euro non sono negativi e hanno al massimo due decimali.")
                .containsEntry("minors-error", "I minorenni devono essere meno dei componenti del nucleo familiare.")
                .containsEntry("invalidityPercent-error", "Scrivi un numero intero, come 2026.")
                .containsEntry("employment-error", "Scegli uno dei valori proposti.");
        assertThat(page.selectFirst("#age").attr("aria-describedby")).contains("age-error");
        assertThat(page.selectFirst("#invalidityPercent").val())
                .as("kept as typed")
                .isEqualTo("cento");

        Document noType = WebClient.html(visitor.submit(form, "main form", Map.of("isee", "12.000,50")));
        assertThat(noType.selectFirst("#iseeType-error").text()).isEqualTo("Scegli il tipo di ISEE.");
        Document negativeAge = WebClient.html(visitor.submit(form, "main form", Map.of("age", "-3")));
        assertThat(negativeAge.selectFirst("#age-error").text()).isEqualTo("L’età va da 0 a 120 anni.");
        Document elsewhere = WebClient.html(visitor.submit(form, "main form", Map.of("municipality", "elsewhere")));
        assertThat(elsewhere.selectFirst("#not-met-title").parent().text())
                .contains("Il Comune di residenza non fa parte dell’Ambito.");
    }

    /** The rows of every table but the sessions', which are compared by id. */
    private Map<String, Long> rows() {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables"
                        + " where lower(table_schema) = lower(current_schema) and table_type in ('BASE TABLE', 'TABLE')",
                String.class);
        assertThat(tables).contains("service_access_criteria", "audit_entry", "spring_session");
        Map<String, Long> rows = new TreeMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        // Written by jobs that may run meanwhile, whatever the check does: the mail queue, the jobs' locks.
        rows.keySet().removeIf(table -> table.startsWith("outbox") || table.startsWith("shedlock"));
        // Expired sessions may be cleaned up meanwhile: a new session is what must not appear.
        rows.keySet().removeIf(table -> table.startsWith("spring_session"));
        return rows;
    }

    private Set<String> sessions() {
        return Set.copyOf(jdbc.queryForList("select session_id from spring_session", String.class));
    }

    @Test
    void theCheckStoresNothingAndNoLogLineCarriesAnAnswer(CapturedOutput output) throws Exception {
        CheckedDistrict checked = CheckedDistrict.create(fixtures);
        log.info("Captured: the check's log lines are read");
        assertThat(output.getAll()).as("the log is captured").contains("Captured: the check's log lines are read");
        Map<String, LogLevel> levels = new HashMap<>();
        for (String logger : List.of("it.zona", "org.springframework.web", "org.springframework.security")) {
            levels.put(logger, logging.getLoggerConfiguration(logger).getConfiguredLevel());
            logging.setLogLevel(logger, LogLevel.DEBUG);
        }
        Map<String, Long> before = rows();
        Set<String> sessionsBefore = sessions();
        try {
            WebClient visitor = new WebClient(mvc);
            Document form = visitor.open(check(checked.district()));
            Document result = WebClient.html(visitor.submit(form, "main form", answers(checked, "12.345,67")));
            assertThat(result.text()).contains("12.345,67");
            visitor.submit(result.selectFirst("main form:has(button[name=edit])"), Map.of("edit", "1"));
            visitor.submit(form, "main form", Map.of("isee", "12.345,67", "age", "12345"));
            MvcResult api = mvc.perform(post(
                                    "/api/v1/districts/{slug}/eligibility",
                                    checked.district().slug())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"age\": 80, \"iseeType\": \"ORDINARY\", \"isee\": 12345.67}"))
                    .andReturn();
            assertThat(WebClient.content(api)).contains("12.345,67");
            mvc.perform(post(
                                    "/api/v1/districts/{slug}/eligibility",
                                    checked.district().slug())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"age\": 12345, \"isee\": 12345.67}"))
                    .andReturn();
        } finally {
            levels.forEach(logging::setLogLevel);
        }
        assertThat(rows()).as("rows of every table").isEqualTo(before);
        assertThat(sessions()).as("sessions").isSubsetOf(sessionsBefore);
        assertThat(output.getAll())
                .as("the log, at debug level")
                .contains("/services/check")
                .doesNotContain("12345", "12.345", "12,345");
    }

    @Test
    void overRealHttpTheCheckNeedsNoSessionNoTokenAndSetsNoCookie() throws Exception {
        CheckedDistrict checked = CheckedDistrict.create(fixtures);
        HttpClient http = HttpClient.newHttpClient();
        URI address = URI.create("http://localhost:" + port + check(checked.district()));
        HttpResponse<String> form =
                http.send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().allValues(HttpHeaders.SET_COOKIE)).isEmpty();
        List<String> fields = new ArrayList<>();
        answers(checked, "12.000,50")
                .forEach((name, value) -> fields.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpResponse<String> result = http.send(
                HttpRequest.newBuilder(address)
                        .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                        .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().allValues(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(result.headers().firstValue(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(result.body()).contains("Importo: 600,00 €");
        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/districts/"
                                + checked.district().slug() + "/eligibility"))
                        .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"age\": 70}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(api.headers().firstValue(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }

    @Test
    void theOfficeWritesTheCriteriaWithAPlainFormAndSeesItsMistakesNextToTheirFields() throws Exception {
        CheckedDistrict checked = CheckedDistrict.create(fixtures);
        TestDistrict district = checked.district();
        long id = checked.undescribed();
        String page = "/services/" + id + "/criteria";
        WebClient editor = fixtures.signIn(district.editor());
        Document form = editor.open(page);
        assertThat(form.select("h1").text()).isEqualTo("Criteri di accesso");
        assertThat(form.select("main form fieldset.zona-criterion")).hasSize(CriteriaPageForm.ROWS);
        for (Element field : form.select("main form input[type=text], main form select, main form textarea")) {
            assertThat(form.getElementsByAttributeValue("for", field.id()))
                    .as("label of " + field.id())
                    .hasSize(1);
        }

        Map<String, String> written = new HashMap<>();
        written.put("rows[0].kind", "ISEE");
        written.put("rows[0].iseeType", "ORDINARY");
        written.put("rows[0].iseeThreshold", "15.000,00");
        written.put("rows[1].kind", "AGE");
        written.put("rows[1].ageMin", "65");
        written.put("rows[1].alternative", "true");
        written.put("rows[2].kind", "DISABILITY");
        written.put("rows[2].disability", "ART3_C3");
        written.put("rows[2].alternative", "true");
        written.put("rows[3].kind", "ASSESSMENT");
        written.put("rows[3].note", "Il bisogno lo valuta l’assistente sociale.");
        written.put("rows[3].ageMin", "12");
        written.put("bandKind", "CONTRIBUTION");
        written.put("bandType", "ORDINARY");
        written.put("bands[0].iseeUpTo", "8.000");
        written.put("bands[0].value", "0");
        written.put("bands[1].value", "3,50");
        MvcResult saved = editor.submit(form, "main form", written);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(page);

        tools.jackson.databind.JsonNode criteria =
                fixtures.anonymousApi().read(fixtures.anonymousApi().get("/api/v1/services/{id}/criteria", id));
        assertThat(criteria.at("/criteria/combinator").asString()).isEqualTo("ALL_OF");
        assertThat(criteria.at("/criteria/items/0/kind").asString()).isEqualTo("iseeAtMost");
        assertThat(criteria.at("/criteria/items/0/threshold").decimalValue()).isEqualByComparingTo("15000");
        assertThat(criteria.at("/criteria/items/1/combinator").asString()).isEqualTo("ANY_OF");
        assertThat(criteria.at("/criteria/items/1/items/0/min").asInt()).isEqualTo(65);
        assertThat(criteria.at("/criteria/items/1/items/1/level").asString()).isEqualTo("ART3_C3");
        assertThat(criteria.at("/criteria/items/2/note").asString())
                .isEqualTo("Il bisogno lo valuta l’assistente sociale.");
        assertThat(criteria.at("/criteria/items/2").has("min"))
                .as("the fields of other kinds are ignored")
                .isFalse();
        assertThat(criteria.at("/bands/items/0/iseeUpTo").decimalValue()).isEqualByComparingTo("8000");
        assertThat(criteria.at("/bands/items/1/value").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(criteria.at("/bands/items/1/iseeUpTo").isNull()).isTrue();

        Document again = editor.open(page);
        assertThat(again.select("main .alert-success").text()).contains("Segretariato sociale");
        assertThat(again.select("select[name=rows[0].kind] option[selected]").attr("value"))
                .isEqualTo("ISEE");
        assertThat(again.selectFirst("[name=rows[0].iseeThreshold]").val()).isEqualTo("15000");
        assertThat(again.selectFirst("input[type=checkbox][name=rows[1].alternative]")
                        .hasAttr("checked"))
                .isTrue();
        assertThat(again.select("select[name=rows[3].kind] option[selected]").attr("value"))
                .isEqualTo("ASSESSMENT");
        assertThat(again.selectFirst("[name=bands[1].value]").val()).isEqualTo("3.5");
        MvcResult unchanged = editor.submit(again, "main form", Map.of());
        assertThat(unchanged.getResponse().getRedirectedUrl())
                .as("what the form shows it saves again")
                .isEqualTo(page);
        assertThat(fixtures.anonymousApi()
                        .read(fixtures.anonymousApi().get("/api/v1/services/{id}/criteria", id))
                        .get("criteria"))
                .isEqualTo(criteria.get("criteria"));

        Document current = editor.open(page);
        Map<String, String> wrong = new HashMap<>();
        wrong.put("rows[0].kind", "AGE");
        wrong.put("rows[0].ageMin", "70");
        wrong.put("rows[0].ageMax", "60");
        Document ages = WebClient.html(editor.submit(current, "main form", wrong));
        assertThat(ages.selectFirst("#rows0\\.ageMax-error").text())
                .isEqualTo("L’età minima non può superare la massima.");
        Document alone = WebClient.html(editor.submit(current, "main form", Map.of("rows[2].alternative", "false")));
        assertThat(alone.selectFirst("#rows1\\.alternative-error").text())
                .isEqualTo("Segna almeno due criteri in alternativa, o nessuno.");
        Document bands = WebClient.html(editor.submit(current, "main form", Map.of("bands[1].iseeUpTo", "5.000")));
        assertThat(bands.selectFirst("#bands1\\.iseeUpTo-error").text())
                .isEqualTo("Ogni fascia arriva a un ISEE più alto della precedente.");
        Document typed = WebClient.html(editor.submit(current, "main form", Map.of("rows[0].iseeThreshold", "tanti")));
        assertThat(typed.selectFirst("#rows0\\.iseeThreshold-error").text()).startsWith("Non è un numero");
        Document outsider = WebClient.html(editor.submit(
                current, "main form", Map.of("rows[4].kind", "RESIDENCE", "rows[4].municipalities", "001272")));
        assertThat(outsider.selectFirst("#rows4\\.municipalities-error").text()).contains("001272");
        Document stale = WebClient.html(editor.submit(form, "main form", written));
        assertThat(stale.select("main .alert-danger").text()).isNotBlank();

        TestDistrict other = fixtures.district();
        assertThat(fixtures.signIn(district.viewer()).get(page).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(fixtures.signIn(other.editor()).get(page).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(fixtures.signIn(other.editor())
                        .post(page, Map.of("rows[0].kind", "AGE", "rows[0].ageMin", "1", "version", "3"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(new WebClient(mvc).get(page).getResponse().getRedirectedUrl())
                .endsWith("/login");
    }
}

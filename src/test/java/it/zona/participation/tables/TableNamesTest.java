package it.zona.participation.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.plan.PlanRegistry;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Real tables are named "Tavolo …": the sentences that name a table say "al «Tavolo anziani»" and
 * "at “Tavolo anziani”", never "al tavolo Tavolo anziani" nor "at table Tavolo anziani", on the
 * pages, in flash messages, in refusals and in mail, in Italian and in English.
 */
@ZonaIntegrationTest
class TableNamesTest {

    /** A table named twice: "tavolo Tavolo", "table «Tavolo", "tavolo “Table" and the like. */
    private static final Pattern TWICE =
            Pattern.compile("\\b(tavolo|table)\\s*[«“\"]?\\s*(tavolo|table)\\b", Pattern.CASE_INSENSITIVE);

    /** The participation module's pages, the ones a crawl of the plan's tables follows. */
    private static final Pattern PARTICIPATION_PAGE = Pattern.compile(
            "/(tables|meetings|calls|minutes|proposals|progress|nominations)/.*|/plans/\\d+/(tables|meetings|calendar|calls|proposals|participation)(/.*)?|/my/participation");

    private static final int MOST_PAGES = 400;

    /** The elements a sentence is written in. */
    private static final String SENTENCES =
            "h1, h2, h3, h4, h5, h6, p, li, caption, th, td, dt, dd, label, legend, a, button, option, .alert";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    PlanRegistry plans;

    @Autowired
    MessageSource messages;

    @Test
    void theDemosParticipationPagesNeverNameATableTwice() {
        List<String> starts = new ArrayList<>();
        fixtures.asPlatformAdmin(() -> plans.list("poggiardo")).forEach(plan -> {
            for (String page : List.of("tables", "meetings", "calendar", "calls", "proposals", "participation")) {
                starts.add("/plans/" + plan.id() + "/" + page);
            }
        });
        for (String lang : List.of("it", "en")) {
            Set<String> office = crawl(fixtures.signIn("ufficio.poggiardo", Fixtures.DEMO_PASSWORD), starts, lang);
            assertThat(office)
                    .as("the crawl reaches the tables, the meetings and the calls")
                    .anyMatch(url -> url.matches("/tables/\\d+\\?.*"))
                    .anyMatch(url -> url.matches("/tables/\\d+/meetings\\?.*"))
                    .anyMatch(url -> url.matches("/tables/\\d+/members/\\d+/withdraw\\?.*"))
                    .anyMatch(url -> url.matches("/calls/\\d+/nominations\\?.*"));
            crawl(
                    fixtures.signIn("rappresentante.poggiardo", Fixtures.DEMO_PASSWORD),
                    List.of("/my/participation"),
                    lang);
        }
    }

    @Test
    void theDemosMailNeverNamesATableTwice() throws Exception {
        ApiClient office = fixtures.api(
                new Staff("ufficio.poggiardo", fixtures.token("ufficio.poggiardo", Fixtures.DEMO_PASSWORD)));
        JsonNode items = office.read(office.get("/api/v1/outbox")).get("items");
        assertThat(items).isNotEmpty();
        items.forEach(mail -> {
            String text = mail.get("subject").asString() + "\n"
                    + (mail.get("text").isNull() ? "" : mail.get("text").asString());
            assertNamedOnce(text, "mail to " + mail.get("recipient").asString());
        });
    }

    @Test
    void flashesAndRefusalsSayTheTablesNameOnceInBothLanguages() throws Exception {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        ApiClient editor = fixtures.api(district.editor());
        String name = "Tavolo anziani " + Fixtures.unique();
        long table = editor.read(editor.post(
                                "/api/v1/plans/{id}/tables",
                                "{\"name\":\"%s\",\"kind\":\"PERMANENT\",\"description\":\"Finalità\",\"areaIds\":[%d]}"
                                        .formatted(
                                                name,
                                                content.area(district, plan, "Anziani")
                                                        .id()),
                                plan)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long association = fixtures.organization(district, "Associazione Ponte " + Fixtures.unique());
        String seat = """
                {"organizationId":%d,"representativeName":"Maria Bianchi","representativeEmail":"maria@ponte.example"}""".formatted(association);
        editor.post("/api/v1/tables/{id}/members", seat, table).andExpect(status().isCreated());

        String italian = refusal(editor, table, seat, "it");
        assertThat(italian).contains("siede già al «" + name + "»");
        assertNamedOnce(italian, "refusal in Italian");
        String english = refusal(editor, table, seat, "en");
        assertThat(english).contains("already sits at “" + name + "”");
        assertNamedOnce(english, "refusal in English");

        WebClient browser = fixtures.signIn(district.editor());
        assertThat(flashAfterEditing(browser, table, "it")).isEqualTo("Aggiornato il «" + name + "».");
        assertThat(flashAfterEditing(browser, table, "en")).isEqualTo("Updated “" + name + "”.");
    }

    @Test
    void aTableIsReferredToByItsNameWhenTheNameSaysItIsATable() {
        assertThat(reference("Anziani", Locale.ITALIAN)).isEqualTo("tavolo «Anziani»");
        assertThat(reference("Anziani", Locale.ENGLISH)).isEqualTo("the “Anziani” table");
        assertThat(reference("Tavolo anziani e non autosufficienza", Locale.ITALIAN))
                .isEqualTo("«Tavolo anziani e non autosufficienza»");
        assertThat(reference("Tavolo anziani e non autosufficienza", Locale.ENGLISH))
                .isEqualTo("“Tavolo anziani e non autosufficienza”");
        assertThat(reference("  tavolo tecnico Salute mentale", Locale.ITALIAN))
                .as("whatever its case, after spaces")
                .isEqualTo("«  tavolo tecnico Salute mentale»");
        assertThat(reference("Table of the elderly", Locale.ENGLISH)).isEqualTo("“Table of the elderly”");
        assertThat(reference("Tavolozza dei colori", Locale.ITALIAN))
                .as("only the whole word")
                .isEqualTo("tavolo «Tavolozza dei colori»");

        Object[] seated = {"Caritas", TableNames.referenceTo("Tavolo anziani")};
        assertThat(messages.getMessage("error.member.alreadySeated", seated, Locale.ITALIAN))
                .startsWith("Caritas siede già al «Tavolo anziani»:");
        assertThat(messages.getMessage("error.member.alreadySeated", seated, Locale.ENGLISH))
                .startsWith("Caritas already sits at “Tavolo anziani”:");
        assertThat(messages.getMessage(
                        "members.caption", new Object[] {TableNames.referenceTo("Anziani")}, Locale.ITALIAN))
                .isEqualTo("Enti al tavolo «Anziani», con i loro rappresentanti");
    }

    private String reference(String name, Locale locale) {
        return messages.getMessage(TableNames.referenceTo(name), locale);
    }

    private static String refusal(ApiClient editor, long table, String seat, String lang) throws Exception {
        return editor.read(editor.postWithHeader("/api/v1/tables/{id}/members", seat, "Accept-Language", lang, table)
                        .andExpect(status().isConflict()))
                .get("detail")
                .asString();
    }

    private static String flashAfterEditing(WebClient browser, long table, String lang) {
        Document form = browser.open("/tables/" + table + "/edit?lang=" + lang);
        MvcResult saved = browser.submit(form, "main form", Map.of());
        String next = saved.getResponse().getRedirectedUrl();
        assertThat(next).as("the edit is saved").isEqualTo("/tables/" + table);
        return browser.open(next + "?lang=" + lang).select(".alert-success").text();
    }

    /** Every participation page linked from the starts, checked for a table named twice. */
    private static Set<String> crawl(WebClient browser, List<String> starts, String lang) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        starts.forEach(start -> toVisit.add(start + "?lang=" + lang));
        while (!toVisit.isEmpty() && seen.size() < MOST_PAGES) {
            String url = toVisit.poll();
            if (!seen.add(url)) {
                continue;
            }
            MvcResult result = browser.get(url);
            if (result.getResponse().getStatus() != 200
                    || !String.valueOf(result.getResponse().getContentType()).startsWith("text/html")) {
                continue;
            }
            Document page = WebClient.html(result);
            assertNamedOnce(page.title(), "GET " + url);
            // sentence by sentence: the page's whole text would join one card's end to the next's name
            for (Element sentence : page.select(SENTENCES)) {
                if (sentence.select(SENTENCES).size() == 1) {
                    assertNamedOnce(sentence.text(), "GET " + url);
                }
            }
            for (Element labelled : page.select("[aria-label], [title]")) {
                assertNamedOnce(labelled.attr("aria-label") + "\n" + labelled.attr("title"), "GET " + url);
            }
            for (Element link : page.select("a[href]")) {
                String path = link.attr("href").replaceFirst("[?#].*", "");
                if (PARTICIPATION_PAGE.matcher(path).matches() && !path.endsWith(".ics") && !path.endsWith("pdf")) {
                    toVisit.add(path + "?lang=" + lang);
                }
            }
        }
        return seen;
    }

    private static void assertNamedOnce(String text, String where) {
        Matcher twice = TWICE.matcher(text);
        String found = twice.find() ? around(text, twice) : null;
        assertThat(found).as("%s names a table twice", where).isNull();
    }

    private static String around(String text, Matcher found) {
        return text.substring(Math.max(0, found.start() - 60), Math.min(text.length(), found.end() + 60));
    }
}

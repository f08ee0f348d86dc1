package it.zona.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every page form, found by walking the demo's pages as its Ufficio di Piano and as the platform
 * admin, is sent back with a wrong-typed value in each of its typed fields (numbers, dates, times,
 * choices, hidden numbers and versions). None may answer 5xx or accept the value: the form comes
 * back with the error shown, keeping what was typed in a field one types into.
 */
@ZonaIntegrationTest
class PageFormsTest {

    /** Addresses whose answer is a file or leaves the signed-in session. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|v3|swagger-ui|webjars|css|js|img|fonts|calendar)/|\\.(pdf|ics|csv|png|svg)$|^/logout");

    /** Ids in a path or a query: pages that differ only by them are visited once. */
    private static final Pattern ID = Pattern.compile("(?<=[/=])\\d+");

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Test
    void noPageFormAnswers500OrAcceptsAWrongTypedValue() {
        List<String> faults = new ArrayList<>();
        int checked = 0;
        Set<String> seen = new LinkedHashSet<>();
        Set<String> tried = new LinkedHashSet<>();
        for (String account : List.of("ufficio.poggiardo", Fixtures.PLATFORM_ADMIN)) {
            WebClient browser = fixtures.signIn(account, Fixtures.DEMO_PASSWORD);
            for (Map.Entry<String, Element> found : forms(browser, seen).entrySet()) {
                if (!tried.add(found.getKey())) {
                    continue;
                }
                for (Map.Entry<String, String> bad : badValues(found.getValue()).entrySet()) {
                    checked++;
                    String fault = fault(browser, found.getValue(), bad.getKey(), bad.getValue());
                    if (fault != null) {
                        faults.add(found.getKey() + " " + bad.getKey() + "=" + bad.getValue() + ": " + fault);
                    }
                }
            }
        }
        System.out.println(
                "PageFormsTest: " + seen.size() + " pages, " + tried.size() + " forms, " + checked + " fields");
        assertThat(checked).as("typed fields tried").isGreaterThan(50);
        assertThat(faults).isEmpty();
    }

    @Test
    void aControlCharacterInAFormIsAnErrorNextToItsField() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long elderly = content.area(district, plan, "Anziani").id();
        WebClient editor = fixtures.signIn(district.editor());
        Document form = editor.open("/plans/" + plan + "/needs/new?area=" + elderly);

        MvcResult refused = editor.submit(form, "main form", Map.of("title", "Trasporto\u0001 anziani"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(WebClient.html(refused).select("#title-error").text()).contains("caratteri non ammessi");
        assertThat(editor.open("/plans/" + plan + "/needs").text()).doesNotContain("Trasporto");
    }

    @Test
    void aControlCharacterInTheReasonForAChangeIsAnErrorOnItsForm() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        fixtures.approve(district, plan);
        WebClient admin = fixtures.signIn(district.admin());
        Document form = admin.open("/plans/" + plan + "/sections/new");

        MvcResult refused = admin.submit(
                form,
                "main form",
                Map.of("title", "Capitolo nuovo", "text", "Testo", "reason", "Errore\u0000 di stampa"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = WebClient.html(refused);
        assertThat(page.select("main form").text()).contains("caratteri non ammessi");
        assertThat(page.select("#reason").val()).startsWith("Errore");
        assertThat(admin.open("/plans/" + plan + "/sections").text()).doesNotContain("Capitolo nuovo");
    }

    @Test
    void aDecimalCommaIsReadOnAnItalianPage() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long elderly = content.area(district, plan, "Anziani").id();
        WebClient editor = fixtures.signIn(district.editor());
        Document form = editor.open("/plans/" + plan + "/needs/new?area=" + elderly);

        MvcResult created = editor.submit(
                form,
                "main form",
                Map.of(
                        "title", "Solitudine degli anziani",
                        "evidence[0].indicator", "Anziani soli",
                        "evidence[0].figure", "1.234,5",
                        "evidence[0].unit", "persone",
                        "evidence[0].source", "ISTAT",
                        "evidence[0].year", "2026"));

        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/plans/" + plan + "/needs/");
        assertThat(editor.open(created.getResponse().getRedirectedUrl()).text()).contains("1.234,5");
    }

    @Test
    void aValueThatDoesNotConvertDoesNotHideTheFormsOtherMistakes() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long elderly = content.area(district, plan, "Anziani").id();
        WebClient editor = fixtures.signIn(district.editor());
        Document form = editor.open("/plans/" + plan + "/needs/new?area=" + elderly);

        MvcResult refused = editor.submit(
                form,
                "main form",
                Map.of(
                        "title", "",
                        "evidence[0].indicator", "Anziani soli",
                        "evidence[0].figure", "molti",
                        "evidence[0].unit", "persone",
                        "evidence[0].source", "ISTAT",
                        "evidence[0].year", "2026"));

        Document page = WebClient.html(refused);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.select("#title-error").text()).isNotBlank();
        assertThat(page.select("[id='evidence0.figure-error'], [id='evidence[0].figure-error']")
                        .text())
                .isNotBlank();
        assertThat(page.select("input[name='evidence[0].figure']").val()).isEqualTo("molti");
    }

    /** The POST forms of the pages reachable by links, one per form address pattern. */
    private static Map<String, Element> forms(WebClient browser, Set<String> seen) {
        Map<String, Element> forms = new LinkedHashMap<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/dashboard", "/"));
        while (!toVisit.isEmpty()) {
            String path = toVisit.removeFirst();
            if (!seen.add(ID.matcher(path).replaceAll("#"))) {
                continue;
            }
            MvcResult result = browser.get(path);
            String type = result.getResponse().getContentType();
            if (result.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(WebClient.content(result), "http://localhost" + path);
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && !href.startsWith("//")) {
                    String target = href.replaceAll("#.*$", "");
                    if (!NOT_A_PAGE.matcher(target.replaceAll("\\?.*$", "")).find() && !target.contains("lang=")) {
                        toVisit.addLast(target);
                    }
                }
            }
            for (Element form : page.select("form[method=post]")) {
                String action = form.attr("action");
                if (!action.startsWith("/") || action.startsWith("/logout") || action.contains("lang=")) {
                    continue;
                }
                forms.putIfAbsent(ID.matcher(action).replaceAll("#"), form);
            }
        }
        return forms;
    }

    /** For each typed field of a form, a value of the wrong type. */
    private static Map<String, String> badValues(Element form) {
        Map<String, String> bad = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name]")) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase();
            if (name.startsWith("_") || name.equals("reason")) {
                continue;
            }
            if (field.tagName().equals("select")) {
                boolean choice = field.select("option[value]").stream()
                        .map(option -> option.attr("value"))
                        .anyMatch(value -> value.matches("[A-Z][A-Z0-9_]+|\\d+"));
                if (choice) {
                    bad.put(name, "NOT_A_CHOICE");
                }
            } else if (List.of("number", "date", "time", "datetime-local").contains(type)
                    || field.attr("inputmode").equals("decimal")
                    || field.attr("inputmode").equals("numeric")) {
                bad.put(name, "12abc");
            } else if (type.equals("hidden")
                    && (name.equals("version")
                            || name.endsWith(".version")
                            || field.val().matches("\\d+"))) {
                bad.put(name, "12abc");
            } else if (type.equals("hidden") && field.val().matches("[A-Z][A-Z0-9_]+")) {
                bad.put(name, "NOT_A_CHOICE");
            }
        }
        return bad;
    }

    /** What is wrong with the answer to a form sent back with one bad value, or null. */
    private static String fault(WebClient browser, Element form, String field, String value) {
        MvcResult result;
        try {
            result = browser.submit(form, Map.of(field, value));
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            return "answered " + status;
        }
        if (status >= 300 && status < 400) {
            return "accepted it (redirect to " + result.getResponse().getRedirectedUrl() + ")";
        }
        if (status != 200) {
            // A 4xx error page (a refused address or action) is a clear refusal too.
            return null;
        }
        Document answer = Jsoup.parse(WebClient.content(result));
        if (answer.select(".field-error, .alert-danger").isEmpty()) {
            return "no error shown";
        }
        // Browsers check number, date and time inputs themselves: only text typed freely comes back as such.
        // A page may hold several forms with fields of the same name: the one sent comes back by its action.
        Element sent = answer.selectFirst("form[action=\"" + form.attr("action") + "\"]");
        Element typed = (sent == null ? answer : sent)
                .selectFirst("input[name=\"" + field
                        + "\"]:not([type=hidden], [type=number], [type=date], [type=time], [type=datetime-local])");
        if (typed != null && !typed.val().equals(value)) {
            return "the field shows \"" + typed.val() + "\", not what was typed";
        }
        return null;
    }
}

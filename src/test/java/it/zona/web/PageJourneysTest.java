package it.zona.web;

import static it.zona.support.WebClient.assertNoStackTrace;
import static it.zona.support.WebClient.content;
import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestMailServer;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The site as people use it: anonymous visitors, staff signing in through the real login form,
 * editors filling in forms, admins reading the audit log. The session lives in the database
 * (Spring Session), so a visitor is a {@link WebClient} that keeps its cookies between requests.
 */
@ZonaIntegrationTest
class PageJourneysTest {

    private static final String DEMO = "poggiardo";
    private static final String DEMO_NAME = "Ambito territoriale sociale di Poggiardo";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganizationRegistry organizations;

    @Autowired
    TestMailServer mail;

    // ---- Anonymous visitors ----

    @Test
    void theHomePageFindsADistrictByOneOfItsMunicipalitiesAndSaysWhenNothingMatches() {
        WebClient citizen = new WebClient(mvc);
        Document home = citizen.open("/");
        assertThat(home.select("h1").text()).isEqualTo("Piani di Zona degli Ambiti territoriali sociali");
        assertThat(home.select("main .card")).hasSizeLessThanOrEqualTo(24);

        Document found = citizen.open("/?q=santa cesarea");
        assertThat(found.select("a[href=/districts/" + DEMO + "]").eachText()).containsExactly(DEMO_NAME);
        assertThat(found.select("main [role=status]").text()).contains("«santa cesarea»: 1");
        assertThat(found.select("#q").val()).isEqualTo("santa cesarea");

        Document none = citizen.open("/?q=Nessunluogo");
        assertThat(none.select("main .card")).isEmpty();
        assertThat(none.select("main p").text()).contains("Nessun Ambito corrisponde a «Nessunluogo».");
    }

    @Test
    void thePublicDistrictPageShowsMunicipalitiesPopulationOfficesAndTheDemoBanner() {
        Document page = new WebClient(mvc).open("/districts/" + DEMO);

        assertThat(page.select("h1").text()).isEqualTo(DEMO_NAME);
        assertThat(page.select(".zona-demo-banner").text()).contains("Ambito dimostrativo");
        Element municipalities = page.selectFirst("section[aria-labelledby=municipalities] table");
        assertThat(municipalities.select("tbody tr")).hasSize(15);
        assertThat(municipalities.select("tbody th").eachText())
                .anyMatch(name -> name.startsWith("Poggiardo"))
                .anyMatch(name -> name.startsWith("Santa Cesarea Terme"));
        assertThat(municipalities.select("caption").text()).contains("15", "41.954");
        assertThat(municipalities.select("tfoot td.fw-bold").text()).isEqualTo("41.954");
        assertThat(page.select("section[aria-labelledby=municipalities] p.small")
                        .text())
                .matches("Popolazione residente al \\d{2}/\\d{2}/\\d{4}\\. Fonte: Istat\\.");

        Element seat = page.select("section[aria-labelledby=office] .card").stream()
                .filter(card -> card.select("h4").text().equals("Sede del Consorzio e Ufficio di Piano"))
                .findFirst()
                .orElseThrow();
        assertThat(seat.text()).contains("Viale della Repubblica 12, 73037 Poggiardo");
        assertThat(seat.select("table caption").text())
                .isEqualTo("Orari di ricevimento – Sede del Consorzio e Ufficio di Piano");
        assertThat(hours(seat))
                .containsEntry("lunedì", "09:00–12:00")
                .containsEntry("mercoledì", "09:00–12:00, 15:30–17:30")
                .containsEntry("venerdì", "09:00–12:00")
                .containsEntry("domenica", "Chiuso");
        assertThat(seat.select(".zona-open, .zona-closed").text()).isNotBlank();
    }

    @Test
    void pagesAreInItalianByDefault() {
        Document home = new WebClient(mvc).open("/");

        assertThat(home.select("html").attr("lang")).isEqualTo("it");
        assertThat(home.select("a[href=/login]").text()).isEqualTo("Accedi");
    }

    @Test
    void langEnSwitchesToEnglishAndTheCookieKeepsItThatWay() {
        WebClient browser = new WebClient(mvc);

        MvcResult switched = browser.get("/?lang=en");
        Cookie language = switched.getResponse().getCookie("zona-lang");
        assertThat(language).isNotNull();
        assertThat(language.getValue()).isEqualTo("en");
        Document home = html(switched);
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("h1").text()).isEqualTo("Local social plans of the social districts");

        Document district = browser.open("/districts/" + DEMO);
        assertThat(district.select("html").attr("lang")).isEqualTo("en");
        assertThat(district.select("section[aria-labelledby=municipalities] tfoot td.fw-bold")
                        .text())
                .isEqualTo("41,954");
        assertThat(district.text()).contains("Source: Istat", "Demonstration district");

        Document italianAgain = browser.open("/districts/" + DEMO + "?lang=it");
        assertThat(italianAgain.select("html").attr("lang")).isEqualTo("it");
    }

    @Test
    void anUnknownDistrictGetsANotFoundPageInTheVisitorsLanguageWithoutAStackTrace() {
        MvcResult italian = new WebClient(mvc).get("/districts/no-such-district");
        assertThat(italian.getResponse().getStatus()).isEqualTo(404);
        Document page = html(italian);
        assertThat(page.select("html").attr("lang")).isEqualTo("it");
        assertThat(page.select("h1").text()).isEqualTo("Errore 404");
        assertThat(page.select("main p.lead").text()).isEqualTo("Non esiste un Ambito «no-such-district».");
        assertNoStackTrace(italian);

        WebClient english = new WebClient(mvc);
        english.get("/?lang=en");
        MvcResult notFound = english.get("/districts/no-such-district");
        assertThat(notFound.getResponse().getStatus()).isEqualTo(404);
        Document englishPage = html(notFound);
        assertThat(englishPage.select("html").attr("lang")).isEqualTo("en");
        assertThat(englishPage.select("h1").text()).isEqualTo("Error 404");
        assertThat(englishPage.select("main p.lead").text()).isEqualTo("There is no district “no-such-district”.");
        assertNoStackTrace(notFound);
    }

    @Test
    void aStaffPageSendsAnonymousVisitorsToTheLoginPage() {
        MvcResult result = new WebClient(mvc).get("/districts/" + DEMO + "/organizations");

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    // ---- Signing in ----

    @Test
    void aWrongPasswordLeadsBackToTheFormWithTheTypedUsernameKept() {
        String username = fixtures.accountWithoutRoles().username();
        WebClient browser = new WebClient(mvc);

        MvcResult failed = browser.signIn(username, "not-the-password");

        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        Document form = browser.open("/login?error");
        assertThat(form.select("main .alert-danger").text()).isEqualTo("Nome utente o password errati.");
        assertThat(form.select("input#username").val()).isEqualTo(username);
        assertThat(form.select("input#password").val()).isEmpty();
    }

    /** The login form goes through the same throttling as the API's token endpoint. */
    @Test
    void fiveFailuresLockAUsernameEvenOneThatDoesNotExist() {
        String username = "nobody-here-" + Fixtures.unique();
        WebClient browser = new WebClient(mvc);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.signIn(username, "guess-" + attempt)
                            .getResponse()
                            .getRedirectedUrl())
                    .as("attempt %d", attempt)
                    .isEqualTo("/login?error");
        }
        MvcResult locked = browser.signIn(username, "guess-6");

        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        Document form = browser.open("/login?locked");
        assertThat(form.select("main .alert-danger").text()).startsWith("Troppi tentativi falliti");
        assertThat(form.select("input#username").val()).isEqualTo(username);
    }

    @Test
    void aLockedAccountCannotSignInEvenWithTheRightPassword() {
        String username = fixtures.accountWithoutRoles().username();
        WebClient browser = new WebClient(mvc);
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(username, "guess-" + attempt);
        }

        assertThat(browser.signIn(username, Fixtures.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(browser.get("/dashboard").getResponse().getRedirectedUrl()).endsWith("/login");
    }

    // ---- Editors at work ----

    @Test
    void invalidTaxCodeIsShownNextToTheFieldAndTheTypedValuesAreKept() {
        TestDistrict district = fixtures.district();
        WebClient editor = signIn(district.editor().username(), Fixtures.PASSWORD);
        String name = "Cooperativa sociale Il Faro " + Fixtures.unique();

        MvcResult refused = editor.submit(
                editor.open("/districts/" + district.slug() + "/organizations/new"),
                "main form[method=post]",
                Map.of("name", name, "type", "SOCIAL_COOPERATIVE", "taxCode", "12345670487"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document form = html(refused);
        Element taxCode = form.selectFirst("input#taxCode");
        assertThat(taxCode.attr("aria-invalid")).isEqualTo("true");
        assertThat(taxCode.attr("aria-describedby")).isEqualTo("taxCode-error");
        assertThat(taxCode.val()).isEqualTo("12345670487");
        assertThat(form.select("#taxCode-error").text()).startsWith("Codice fiscale non valido");
        assertThat(form.select("#name").val()).isEqualTo(name);
        assertThat(form.select("#name").attr("aria-invalid")).isEmpty();
        assertThat(form.select("#type option[selected]").val()).isEqualTo("SOCIAL_COOPERATIVE");
        assertThat(form.select("main .alert-danger[role=alert]").text())
                .isEqualTo("Il modulo contiene errori: correggi i campi indicati.");
    }

    @Test
    void anEditorAddsFindsAndEditsAnOrganisationAndTheAdminSeesBothChangesInTheAuditLog() {
        TestDistrict district = fixtures.district();
        String slug = district.slug();
        String editorName = district.editor().username();
        WebClient editor = signIn(editorName, Fixtures.PASSWORD);
        String marker = Fixtures.unique();
        String name = "Cooperativa sociale Il Faro " + marker;

        // A wrong tax code first, corrected on the page that shows the error.
        MvcResult refused = editor.submit(
                editor.open("/districts/" + slug + "/organizations/new"),
                "main form[method=post]",
                Map.of("name", name, "type", "SOCIAL_COOPERATIVE", "taxCode", "12345670487"));
        MvcResult saved = editor.submit(html(refused), "main form[method=post]", Map.of("taxCode", "12345670488"));

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        String location = saved.getResponse().getRedirectedUrl();
        Matcher created =
                Pattern.compile("/districts/" + slug + "/organizations/(\\d+)").matcher(location);
        assertThat(created.matches()).as(location).isTrue();
        long id = Long.parseLong(created.group(1));
        Document detail = editor.open(location);
        assertThat(detail.select("main .alert-success").text())
                .isEqualTo("L’organizzazione «" + name + "» è stata aggiunta.");
        assertThat(detail.select("h1").text()).isEqualTo(name);
        assertThat(detail.select("dd").eachText()).contains("Cooperativa sociale", "12345670488");
        assertThat(editor.open(location).select("main .alert-success"))
                .as("the flash message shows once")
                .isEmpty();

        Document found = editor.open("/districts/" + slug + "/organizations?q=il FARO " + marker);
        assertThat(found.select("tbody th a").eachText()).containsExactly(name);
        assertThat(found.select("tbody th a").attr("href")).isEqualTo(location);
        Document notFound = editor.open("/districts/" + slug + "/organizations?q=nothing-like-it");
        assertThat(notFound.select("main p").eachText()).contains("Nessun risultato con questi criteri di ricerca.");

        String newName = name + " (rinominata)";
        MvcResult updated = editor.submit(
                editor.open(location + "/edit"),
                "main form[method=post]",
                Map.of("name", newName, "phone", "+39 0836 123456"));
        assertThat(updated.getResponse().getRedirectedUrl()).isEqualTo(location);
        Document afterEdit = editor.open(location);
        assertThat(afterEdit.select("main .alert-success").text())
                .isEqualTo("Le modifiche a «" + newName + "» sono state salvate.");
        assertThat(afterEdit.select("dd").eachText()).contains("+39 0836 123456", "12345670488");

        WebClient admin = signIn(district.admin().username(), Fixtures.PASSWORD);
        Document audit = admin.open("/districts/" + slug + "/audit?entity=Organization");
        List<Element> rows = audit.select("tbody tr").stream()
                .filter(row -> List.of("Organizzazione: " + name, "Organizzazione: " + newName)
                        .contains(row.child(2).text()))
                .toList();
        assertThat(rows).extracting(row -> row.child(3).text()).containsExactly("Modifica", "Creazione");
        assertThat(rows).extracting(row -> row.child(1).text()).containsOnly(editorName);
        Element update = rows.get(0);
        assertThat(update.select("del").eachText()).contains(name);
        assertThat(update.select("ins").eachText()).contains(newName, "+39 0836 123456");
    }

    @Test
    void aViewerSeesNoEditingButtonsAndCannotOpenTheNewOrganisationForm() {
        TestDistrict district = fixtures.district();
        long id = organisation(district, "Associazione Mani Tese " + Fixtures.unique());
        String base = "/districts/" + district.slug() + "/organizations";
        WebClient viewer = signIn(district.viewer().username(), Fixtures.PASSWORD);

        Document list = viewer.open(base);
        assertThat(list.select("tbody th a").attr("href")).isEqualTo(base + "/" + id);
        assertThat(list.select("main a[href$=/new]")).isEmpty();
        Document detail = viewer.open(base + "/" + id);
        assertThat(detail.select("main a[href$=/edit], main a[href$=/delete], main a[href*=/new]"))
                .isEmpty();
        assertThat(detail.select("main form[method=post]")).isEmpty();

        MvcResult forbidden = viewer.get(base + "/new");
        assertThat(forbidden.getResponse().getStatus()).isEqualTo(403);
        assertThat(viewer.get(base + "/" + id + "/edit").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(viewer.get(base + "/" + id + "/delete").getResponse().getStatus())
                .isEqualTo(403);
        Document errorPage = viewer.errorPage(forbidden);
        assertThat(errorPage.select("h1").text()).isEqualTo("Errore 403");
        assertThat(errorPage.select("main p.lead").text())
                .isEqualTo("Non hai i permessi per vedere questa pagina o fare questa operazione.");
        assertThat(errorPage.select("html").attr("lang")).isEqualTo("it");
    }

    @Test
    void deletingAnOrganisationNeedsTheConfirmationForm() {
        TestDistrict district = fixtures.district();
        String name = "Parrocchia di San Rocco " + Fixtures.unique();
        long id = organisation(district, name);
        String page = "/districts/" + district.slug() + "/organizations/" + id;
        WebClient editor = signIn(district.editor().username(), Fixtures.PASSWORD);

        Document confirmation = editor.open(page + "/delete");

        assertThat(confirmation.select("h1").text()).isEqualTo("Eliminare «" + name + "»?");
        Element form = confirmation.selectFirst("main form[method=post]");
        assertThat(form.attr("action")).isEqualTo(page + "/delete");
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Conferma l’eliminazione");
        assertThat(form.select("a[href=" + page + "]").text()).isEqualTo("Annulla");
        assertThat(editor.get(page).getResponse().getStatus())
                .as("opening the confirmation deletes nothing")
                .isEqualTo(200);

        MvcResult deleted = editor.submit(confirmation, "main form[method=post]", Map.of());

        assertThat(deleted.getResponse().getRedirectedUrl())
                .isEqualTo("/districts/" + district.slug() + "/organizations");
        assertThat(editor.open(deleted.getResponse().getRedirectedUrl())
                        .select("main .alert-success")
                        .text())
                .isEqualTo("L’organizzazione «" + name + "» è stata eliminata.");
        assertThat(editor.get(page).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aPersonWhoSitsInAGoverningBodyCannotBeDeletedAndThePageSaysWhatHoldsThem() {
        WebClient editor = signIn("editor.poggiardo", Fixtures.DEMO_PASSWORD);
        String person = mayorOfAndrano(editor);

        MvcResult refused = editor.post(person + "/delete", Map.of());

        Document page = html(refused);
        assertThat(page.select("main .alert-danger").text())
                .startsWith("Anna Rizzo non si può eliminare: è ancora in ")
                .contains("Coordinamento istituzionale");
        assertThat(page.select("main form[method=post]")).isEmpty();
        assertThat(editor.get(person).getResponse().getStatus()).isEqualTo(200);
    }

    /** The confirmation page does not offer a deletion that would be refused. */
    @Test
    void theDeleteConfirmationOfAPersonWhoSitsInAGoverningBodyExplainsWhatHoldsThemInsteadOfOfferingToDelete() {
        WebClient editor = signIn("editor.poggiardo", Fixtures.DEMO_PASSWORD);
        String person = mayorOfAndrano(editor);

        Document confirmation = editor.open(person + "/delete");

        assertThat(confirmation.select("main .alert-danger").text())
                .as("the confirmation page explains what holds the person")
                .contains("Coordinamento istituzionale");
        assertThat(confirmation.select("main form[method=post]"))
                .as("and offers no delete button")
                .isEmpty();
    }

    /** Thymeleaf forbids bean calls in th:attr: the office page must compute its labels beforehand. */
    @Test
    void anEditorCanOpenAnOfficeWithReceptionHoursAndClosures() {
        WebClient editor = signIn("editor.poggiardo", Fixtures.DEMO_PASSWORD);
        Document offices = editor.open("/districts/" + DEMO + "/offices");
        String seat = offices.select("main h3 a").stream()
                .filter(a -> a.text().equals("Sede del Consorzio e Ufficio di Piano"))
                .findFirst()
                .orElseThrow()
                .attr("href");

        Document office = editor.open(seat);

        assertThat(office.select("main button[aria-label]").eachAttr("aria-label"))
                .contains("Rimuovi l’orario di lunedì dalle 09:00")
                .anyMatch(label -> label.matches("Rimuovi la chiusura dal 24/12/\\d{4}"));
    }

    /** Thymeleaf forbids bean calls in th:href: the pager must compute its links beforehand. */
    @Test
    void aListLongerThanOnePageLinksToItsNextAndPreviousPages() {
        TestDistrict district = fixtures.district();
        for (int n = 1; n <= 21; n++) {
            organisation(district, String.format("Associazione numero %02d", n));
        }
        WebClient viewer = signIn(district.viewer().username(), Fixtures.PASSWORD);
        String list = "/districts/" + district.slug() + "/organizations";

        Document first = viewer.open(list);

        assertThat(first.select("caption").text()).isEqualTo("Organizzazioni dell’Ambito: 21");
        assertThat(first.select("tbody tr")).hasSize(20);
        assertThat(first.select(".pagination [aria-current=page]").text()).isEqualTo("Pagina 1 di 2");
        String next = first.select(".pagination a.page-link").attr("href");
        assertThat(next).isEqualTo(list + "?page=1");
        Document second = viewer.open(next);
        assertThat(second.select("tbody th a").eachText()).containsExactly("Associazione numero 21");
        assertThat(second.select(".pagination a.page-link").text()).isEqualTo("Precedente");
    }

    // ---- Sessions and accounts ----

    @Test
    void signingOutEndsTheSession() {
        TestDistrict district = fixtures.district();
        WebClient editor = signIn(district.editor().username(), Fixtures.PASSWORD);
        String staffPage = "/districts/" + district.slug() + "/organizations";
        Document page = editor.open(staffPage);
        Cookie[] signedInCookies = editor.cookies();

        MvcResult signedOut = editor.submit(page, "header form[action=/logout]", Map.of());

        assertThat(signedOut.getResponse().getRedirectedUrl()).isEqualTo("/?signedOut");
        Document home = editor.open("/?signedOut");
        assertThat(home.select("main .alert-info").text()).isEqualTo("Sei uscito dall’area riservata.");
        assertThat(home.select("header a[href=/login]").text()).isEqualTo("Accedi");
        assertThat(editor.get(staffPage).getResponse().getRedirectedUrl()).endsWith("/login");
        // Even the old session cookie, replayed, opens nothing any more.
        MvcResult replayed = perform(get(staffPage).accept(MediaType.TEXT_HTML).cookie(signedInCookies));
        assertThat(replayed.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aNewAccountGetsATemporaryPasswordByMailMustChangeItAndHoldsTheRoleOnceItAccepts() throws Exception {
        TestDistrict district = fixtures.district();
        String slug = district.slug();
        WebClient admin = signIn(district.admin().username(), Fixtures.PASSWORD);
        String username = "nuova.redattrice." + Fixtures.unique();
        String address = username + "@example.org";

        MvcResult granted = admin.submit(
                admin.open("/districts/" + slug + "/staff"),
                "main form[action=/districts/" + slug + "/staff]",
                Map.of("username", username, "displayName", "Nuova Redattrice", "email", address, "role", "EDITOR"));

        assertThat(granted.getResponse().getRedirectedUrl()).isEqualTo("/districts/" + slug + "/staff");
        Document staffAgain = admin.open("/districts/" + slug + "/staff");
        assertThat(staffAgain.select("main .alert-success").text()).contains(username);
        assertThat(staffAgain.select("tbody td").eachText()).contains(username, address);
        assertThat(staffAgain.select("code"))
                .as("the password goes to the person only")
                .isEmpty();
        Matcher password = Pattern.compile("Password provvisoria: (\\S+)")
                .matcher(((String) mail.awaitMessages(address, 1).get(0).getContent()).replace("\r\n", "\n"));
        assertThat(password.find())
                .as("the mail carries the temporary password")
                .isTrue();
        String temporary = password.group(1);
        assertThat(staffAgain.text()).doesNotContain(temporary);

        WebClient newcomer = new WebClient(mvc);
        assertThat(newcomer.signIn(username, temporary).getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(newcomer.get("/dashboard").getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        Document passwordPage = newcomer.open("/account/password");
        assertThat(passwordPage.select("main .alert-warning").text())
                .isEqualTo("Il tuo account ha una password provvisoria: scegline una nuova per continuare.");

        String chosen = "una frase lunga e facile da ricordare";
        MvcResult changed = newcomer.submit(
                passwordPage,
                "main form[method=post]",
                Map.of("currentPassword", temporary, "newPassword", chosen, "confirmation", chosen));

        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
        Document dashboard = newcomer.open("/dashboard");
        assertThat(dashboard.select("main .alert-success").text()).isEqualTo("La password è stata cambiata.");
        assertThat(newcomer.get("/districts/" + slug + "/organizations")
                        .getResponse()
                        .getStatus())
                .as("no role before accepting")
                .isEqualTo(403);
        MvcResult accepted = newcomer.submit(dashboard, "main form[action$=/accept]", Map.of());
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
        assertThat(newcomer.open("/districts/" + slug + "/organizations")
                        .select("h1")
                        .text())
                .isEqualTo("Organizzazioni");
        assertThat(new WebClient(mvc).signIn(username, chosen).getResponse().getRedirectedUrl())
                .isEqualTo("/dashboard");
    }

    // ---- Every page ----

    /** Every staff page, including the long audit log of the demo District and an office with hours. */
    @Test
    void everyStaffPageOfADistrictOpensForItsAdminWithATitleOneHeadingAndCsrfOnEveryForm() {
        WebClient admin = signIn("ufficio.poggiardo", Fixtures.DEMO_PASSWORD);
        String base = "/districts/" + DEMO;
        String organization = firstLink(admin.open(base + "/organizations"), base + "/organizations/\\d+");
        String person = firstLink(admin.open(base + "/people"), base + "/people/\\d+");
        String body = firstLink(admin.open(base + "/governing-bodies"), base + "/governing-bodies/\\d+");
        String office = firstLink(admin.open(base + "/offices"), base + "/offices/\\d+");
        String removeMember = firstLink(admin.open(body), body + "/members/\\d+/remove");
        String plan = firstLink(admin.open(base + "/plans"), "/plans/\\d+");

        List<String> pages = List.of(
                base + "/manage",
                base + "/organizations",
                base + "/organizations?q=comune&type=MUNICIPALITY&sort=type",
                base + "/organizations/new",
                organization,
                organization + "/edit",
                organization + "/delete",
                base + "/people",
                base + "/people?q=rizzo",
                base + "/people/new",
                person,
                person + "/edit",
                person + "/delete",
                base + "/governing-bodies",
                base + "/governing-bodies/new",
                body,
                body + "/edit",
                body + "/delete",
                removeMember,
                base + "/offices",
                base + "/offices/new",
                base + "/offices/planning-office",
                office,
                office + "/edit",
                office + "/delete",
                base + "/municipalities",
                base + "/municipalities?q=lecce",
                base + "/municipalities/075005/remove",
                base + "/settings",
                base + "/staff",
                base + "/staff/viewer.poggiardo/remove",
                base + "/audit",
                base + "/audit?entity=Organization",
                base + "/plans",
                base + "/plans/new",
                plan,
                plan + "/edit",
                "/dashboard",
                "/account/password");

        assertThat(problemsOf(admin, pages)).isEmpty();
    }

    @Test
    void everyPublicAndPlatformPageHasATitleOneHeadingAndCsrfOnEveryForm() {
        String plan = firstLink(new WebClient(mvc).open("/districts/" + DEMO), "/plans/\\d+");
        List<String> publicPages =
                List.of("/", "/districts/" + DEMO, plan, "/login", "/accessibility", "/privacy", "/legal-notes");
        assertThat(problemsOf(new WebClient(mvc), publicPages)).isEmpty();

        WebClient platformAdmin = signIn(Fixtures.PLATFORM_ADMIN, Fixtures.DEMO_PASSWORD);
        assertThat(problemsOf(platformAdmin, List.of("/dashboard", "/admin/districts/new", "/admin/municipalities")))
                .isEmpty();
    }

    // ---- Helpers ----

    /** Signs in through the login form and checks that it lands on the dashboard. */
    private WebClient signIn(String username, String password) {
        return fixtures.signIn(username, password);
    }

    /** An organisation created directly through the service, as the District's editor. */
    private long organisation(TestDistrict district, String name) {
        return fixtures.as(
                district.editor().username(),
                () -> organizations
                        .create(
                                district.slug(),
                                new OrganizationForm(
                                        name,
                                        OrganizationType.ASSOCIATION,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))
                        .id());
    }

    /** The page of Anna Rizzo, the demo mayor of Andrano: she sits in the Coordinamento istituzionale. */
    private static String mayorOfAndrano(WebClient browser) {
        Document people = browser.open("/districts/" + DEMO + "/people?q=rizzo");
        assertThat(people.select("tbody th a").eachText()).containsExactly("Rizzo Anna");
        return people.select("tbody th a").attr("href");
    }

    private static String firstLink(Document page, String pathPattern) {
        return page.select("main a[href]").eachAttr("href").stream()
                .filter(href -> href.matches(pathPattern))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link like " + pathPattern));
    }

    /**
     * What is wrong with each page, in Italian and in English: not 200, no title, not exactly one
     * h1, a POST form without its CSRF field, or a message key missing in that language (Thymeleaf
     * shows it as ??key_locale??).
     */
    private static List<String> problemsOf(WebClient browser, List<String> paths) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("it", "en")) {
            for (String path : paths) {
                String url = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
                MvcResult result;
                try {
                    result = browser.get(url);
                } catch (IllegalStateException e) {
                    problems.add(url + ": fails with " + rootCause(e));
                    continue;
                }
                int status = result.getResponse().getStatus();
                if (status != 200) {
                    problems.add(url + ": status " + status);
                    continue;
                }
                Document page = html(result);
                if (!page.select("html").attr("lang").equals(language)) {
                    problems.add(url + ": html lang is " + page.select("html").attr("lang"));
                }
                if (page.title().isBlank()) {
                    problems.add(url + ": no title");
                }
                int headings = page.select("h1").size();
                if (headings != 1) {
                    problems.add(url + ": " + headings + " h1 elements");
                }
                for (Element form : page.select("form")) {
                    if (form.attr("method").equalsIgnoreCase("post")
                            && form.select("input[type=hidden][name=_csrf]")
                                    .val()
                                    .isBlank()) {
                        problems.add(url + ": a POST form to " + form.attr("action") + " has no CSRF field");
                    }
                }
                if (content(result).contains("??")) {
                    problems.add(url + ": a message is missing (??key??)");
                }
            }
        }
        return problems;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** Day → times of an office's weekly hours table. */
    private static Map<String, String> hours(Element office) {
        Map<String, String> week = new LinkedHashMap<>();
        for (Element row : office.select("table tbody tr")) {
            week.put(row.select("th").text(), row.select("td").text());
        }
        return week;
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) {
        return WebClient.perform(mvc, request);
    }
}

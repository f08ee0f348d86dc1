package it.zona.sitting;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.district.LegalForm;
import it.zona.district.NewDistrict;
import it.zona.identity.DistrictRole;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestCalendar;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The sittings' and resolutions' pages as a browser uses them: anyone reads the demo's sittings and
 * resolutions, the office convenes a sitting, records who came, the votes and the decision through
 * the forms alone, and what it typed wrong or a rule refused is said next to the field, with nothing
 * stored.
 */
@ZonaIntegrationTest
class SittingPagesTest {

    private static final Pattern SITTING = Pattern.compile("^/sittings/(\\d+)$");

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SittingWords words;

    @Autowired
    DistrictRegistry districts;

    /**
     * A District whose board has five members: four who represent its municipality (the quorums
     * here count heads) and the health district's director.
     */
    private final class Board {
        final TestDistrict district = district();
        final ApiClient api = fixtures.api(district.editor());
        final WebClient editor = fixtures.signIn(district.editor());
        final List<String> names = new ArrayList<>();
        final long id;

        Board() throws Exception {
            String lead = api.read(fixtures.anonymousApi().get("/api/v1/districts/{slug}", district.slug()))
                    .get("leadMunicipality")
                    .get("istatCode")
                    .asString();
            StringBuilder seats = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                long person = api.read(api.post(
                                        "/api/v1/districts/{slug}/people",
                                        "{\"givenName\":\"Membro\",\"familyName\":\"N%d\"}".formatted(i),
                                        district.slug())
                                .andExpect(status().isCreated()))
                        .get("id")
                        .asLong();
                names.add("N" + i + " Membro");
                String municipality = i < 4 ? "\"" + lead + "\"" : "null";
                seats.append(i == 0 ? "" : ",")
                        .append("{\"personId\":%d,\"role\":\"MEMBER\",\"municipality\":%s,\"startDate\":\"2020-01-01\"}"
                                .formatted(person, municipality));
            }
            id = api.read(api.post(
                                    "/api/v1/districts/{slug}/governing-bodies",
                                    "{\"type\":\"INSTITUTIONAL_BOARD\",\"name\":\"Coordinamento\",\"members\":[%s]}"
                                            .formatted(seats),
                                    district.slug())
                            .andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
        }

        String slug() {
            return district.slug();
        }

        /** Convenes a sitting through the page, two days ago, with the items given; answers its id. */
        long convene(String... titles) {
            Map<String, String> fields = new HashMap<>(Map.of(
                    "date", daysAgo(2).toString(),
                    "startTime", "16:00",
                    "place", "Sala consiliare"));
            for (int i = 0; i < titles.length; i++) {
                fields.put("items[" + i + "].title", titles[i]);
            }
            MvcResult created = editor.submit(
                    editor.open("/districts/" + slug() + "/sittings/new?body=" + id), "main form", fields);
            Matcher sitting =
                    SITTING.matcher(String.valueOf(created.getResponse().getRedirectedUrl()));
            assertThat(sitting.matches())
                    .as("convened, redirected to the sitting: "
                            + created.getResponse().getRedirectedUrl())
                    .isTrue();
            return Long.parseLong(sitting.group(1));
        }

        /** Records attendance through the page: the first {@code present} members in person, the others absent. */
        Document attend(long sitting, int present) {
            Map<String, String> fields = new HashMap<>(Map.of("call", "FIRST"));
            for (int i = 0; i < names.size(); i++) {
                fields.put("entries[" + i + "].presence", i < present ? "PRESENT" : "ABSENT");
            }
            String page = "/sittings/" + sitting + "/attendance";
            MvcResult saved = editor.submit(editor.open(page), "main form", fields);
            assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(page);
            return editor.open(page);
        }

        long sittings() {
            return jdbc.queryForObject("select count(*) from sitting where district_id = ?", Long.class, district.id());
        }
    }

    /**
     * A new District with an admin, an editor and a viewer, as {@link Fixtures#district()} makes
     * one, but on a municipality past the provinces whose codes Fixtures hands out one by one to
     * every test: there are only so many of those.
     */
    private TestDistrict district() {
        String n = Fixtures.unique();
        String lead = farMunicipality();
        DistrictView created = fixtures.asPlatformAdmin(() -> districts
                .create(new NewDistrict(
                        "test-" + n, "Ambito di prova " + n, LegalForm.CONVENZIONE, lead, List.of(), null, null))
                .district());
        return new TestDistrict(
                created.slug(),
                created.id(),
                created.name(),
                fixtures.staff(created.id(), "admin-" + n, DistrictRole.ADMIN),
                fixtures.staff(created.id(), "editor-" + n, DistrictRole.EDITOR),
                fixtures.staff(created.id(), "viewer-" + n, DistrictRole.VIEWER));
    }

    /** A current municipality of the provinces coded from 100 on that no District has. */
    private String farMunicipality() {
        return jdbc.queryForObject("""
                select min(m.istat_code) from municipality m
                where m.ceased = false and m.istat_code >= '100000'
                  and not exists (select 1 from district_municipality dm where dm.istat_code = m.istat_code)""", String.class);
    }

    private static LocalDate daysAgo(int days) {
        return TestCalendar.today().minusDays(days);
    }

    @Test
    void anyoneReadsTheDemosSittingsAndResolutions() {
        WebClient anonymous = new WebClient(mvc);
        Document district = anonymous.open("/districts/poggiardo");
        assertThat(district.select("main a[href=/districts/poggiardo/sittings]"))
                .isNotEmpty();
        assertThat(district.select("main a[href=/districts/poggiardo/resolutions]"))
                .isNotEmpty();

        Document list = anonymous.open("/districts/poggiardo/sittings");
        assertThat(list.select("h1").text()).isEqualTo("Sedute degli organi");
        assertThat(list.select("main table tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        Element past = list.select("main table tbody th a").stream()
                .filter(a -> a.text().equals("Seduta del 26/03/2024"))
                .findFirst()
                .orElseThrow();
        assertThat(list.select("main a[href$=/sittings/new]"))
                .as("no staff link")
                .isEmpty();

        Document sitting = anonymous.open(past.attr("href"));
        assertThat(sitting.select("h1").text()).isEqualTo("Seduta del 26/03/2024");
        Element first = sitting.selectFirst("#item-1");
        assertThat(first.select("h3").text()).isEqualTo("Punto 1 – Approvazione del Piano Sociale di Zona 2024-2026");
        assertThat(first.select(".sitting-proposal strong").text())
                .as("the proposal's Markdown, rendered")
                .isEqualTo("delibera");
        assertThat(first.text())
                .contains("Approvato", "Maggioranza richiesta: più della metà di", "gli astenuti non contano")
                .contains("Voti pesati per la popolazione del Comune rappresentato");
        assertThat(first.select("a[href^=/resolutions/]").text()).isEqualTo("Delibera n. 1 del 26/03/2024");
        assertThat(first.select("table tbody tr")).as("the votes by name").hasSize(13);
        String plan = first.select("a[href^=/plans/]").attr("href");
        assertThat(plan).matches("/plans/\\d+");
        assertThat(first.select("p:has(a[href^=/plans/])").text())
                .isEqualTo("Decide su: Piano sociale di zona 2024-2026 – passaggio a: Accordo di Programma");
        Element programme = sitting.selectFirst("#item-2");
        assertThat(programme.select("h3").text()).isEqualTo("Punto 2 – Approvazione del programma attuativo 2024");
        assertThat(programme.select("a[href^=/resolutions/]").text()).isEqualTo("Delibera n. 2 del 26/03/2024");
        assertThat(programme.select("p:has(a[href^=/plans/])").text())
                .isEqualTo("Decide su: Piano sociale di zona 2024-2026 – programma attuativo 2024");
        assertThat(programme.select("a[href^=/plans/]").attr("href")).isEqualTo(plan);
        Element scheme = sitting.selectFirst("#item-3");
        assertThat(scheme.select("a[href^=/resolutions/]").text()).isEqualTo("Delibera n. 3 del 26/03/2024");
        assertThat(scheme.select("a[href^=/plans/]"))
                .as("it decides on no plan")
                .isEmpty();
        assertThat(sitting.selectFirst("#item-4").text()).contains("Non ancora votato");
        String quorum =
                sitting.select("section[aria-labelledby=attendance] .callout").text();
        assertThat(quorum)
                .contains("Numero legale raggiunto")
                .contains("13 componenti presenti su 15: serve più della metà — raggiunto")
                .containsPattern(
                        "Popolazione rappresentata [\\d.]+ su [\\d.]+ abitanti: serve almeno la metà — raggiunta");
        Element attendance = sitting.selectFirst("section[aria-labelledby=attendance] table");
        assertThat(attendance.select("tbody tr")).hasSize(15);
        assertThat(attendance.text())
                .contains("Presente per delega", "Vicesindaco (persona fittizia)", "Decreto sindacale n. 3/2024");
        assertThat(sitting.select("main a[href$=/attendance], main a[href$=/edit]"))
                .as("no staff link")
                .isEmpty();

        Document english = new WebClient(mvc).open(past.attr("href") + "?lang=en");
        assertThat(english.select("h1").text()).isEqualTo("Sitting of 26 Mar 2024");
        assertThat(english.selectFirst("#item-1").text())
                .contains("Resolution no. 1 of 26 Mar 2024", "Approved")
                .contains("Decides on: Piano sociale di zona 2024-2026 – move to: Program agreement");
        assertThat(english.selectFirst("#item-2").text())
                .contains("Piano sociale di zona 2024-2026 – yearly programme 2024");

        Document resolutions = anonymous.open("/districts/poggiardo/resolutions");
        assertThat(resolutions.select("main table tbody tr")).hasSize(3);
        Document found = anonymous.open("/districts/poggiardo/resolutions?q=accordo&year=2024");
        assertThat(found.select("main table tbody td").eachText())
                .contains("Approvazione dello schema di Accordo di Programma")
                .doesNotContain("Approvazione del Piano Sociale di Zona 2024-2026");
        assertThat(anonymous
                        .open("/districts/poggiardo/resolutions?year=2023")
                        .select("main p")
                        .eachText())
                .contains("Nessuna delibera corrisponde alla ricerca.");

        Document resolution =
                anonymous.open(first.select("a[href^=/resolutions/]").attr("href"));
        assertThat(resolution.select("h1").text()).isEqualTo("Delibera n. 1 del 26/03/2024");
        assertThat(resolution.select("main dl").text())
                .contains("In vigore", "Seduta del 26/03/2024, punto 1")
                .contains("Decide su Piano sociale di zona 2024-2026 – passaggio a: Accordo di Programma");
        assertThat(resolution.select("main dl a[href^=/plans/]").attr("href")).isEqualTo(plan);
        assertThat(resolution.select("main a[href$=\"#item-1\"]").attr("href"))
                .isEqualTo(past.attr("href") + "#item-1");
        assertThat(resolution.select(".resolution-text strong").text()).isEqualTo("delibera");
    }

    @Test
    void anEditorConvenesRecordsAttendanceVotesAndDecidesThroughThePagesAndSeesTheResolutionNumber() throws Exception {
        Board board = new Board();
        Document form = board.editor.open("/districts/" + board.slug() + "/sittings/new?body=" + board.id);
        assertThat(form.select("select[name=governingBodyId] option[selected]").val())
                .isEqualTo(Long.toString(board.id));
        assertThat(form.select("input[name$=.title]")).hasSize(SittingPageForm.ROWS);
        MvcResult created = board.editor.submit(
                form,
                "main form",
                Map.of(
                        "date", daysAgo(2).toString(),
                        "startTime", "16:00",
                        "secondCallDate", daysAgo(1).toString(),
                        "place", "Sala consiliare",
                        "items[0].title", "Bilancio di previsione",
                        "items[0].proposal", "Si **approva** il bilancio.",
                        // A blank row between two items is no item.
                        "items[2].title", "Regolamento dei servizi"));
        Matcher id = SITTING.matcher(String.valueOf(created.getResponse().getRedirectedUrl()));
        assertThat(id.matches()).as(created.getResponse().getRedirectedUrl()).isTrue();
        long sitting = Long.parseLong(id.group(1));

        Document page = board.editor.open("/sittings/" + sitting);
        assertThat(page.select(".alert-success").text()).contains("è stata convocata");
        assertThat(page.select("main article h3").eachText())
                .containsExactly("Punto 1 – Bilancio di previsione", "Punto 2 – Regolamento dei servizi");
        assertThat(page.select("#item-1 .sitting-proposal strong").text()).isEqualTo("approva");
        assertThat(page.select("main a[href=/sittings/" + sitting + "/attendance]"))
                .hasSize(1);

        Document sheet = board.editor.open("/sittings/" + sitting + "/attendance");
        Map<String, String> attendance = new HashMap<>(Map.of(
                "call", "FIRST",
                "entries[0].presence", "PRESENT",
                "entries[1].presence", "PRESENT",
                "entries[2].presence", "PRESENT",
                "entries[3].presence", "DELEGATE",
                "entries[3].delegate", "Vicesindaco",
                "entries[3].delegation", "Decreto n. 7",
                "entries[4].presence", "ABSENT"));
        Document damaged =
                html(board.editor.submit(sheet, "main form", with(attendance, "entries[0].personId", "12abc")));
        assertThat(damaged.select("[id='entries0.personId-error']").text()).isNotBlank();
        assertThat(jdbc.queryForObject("select held_at_call from sitting where id = ?", String.class, sitting))
                .as("nothing recorded")
                .isNull();
        MvcResult recorded = board.editor.submit(sheet, "main form", attendance);
        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/sittings/" + sitting + "/attendance");
        Document quorum = board.editor.open("/sittings/" + sitting + "/attendance");
        assertThat(quorum.select(".alert-success").text()).contains("il numero legale è raggiunto");
        assertThat(quorum.select(".callout").text())
                .contains("4 componenti presenti su 5: serve più della metà — raggiunto");
        assertThat(quorum.select("input[name='entries[3].delegate']").val()).isEqualTo("Vicesindaco");

        Document ballot = board.editor.open("/sittings/" + sitting + "/items/1/votes");
        assertThat(ballot.select("main table tbody tr"))
                .as("only the members present vote")
                .hasSize(4);
        Document tampered = html(board.editor.submit(
                ballot, "main form", Map.of("votes[0].personId", "12abc", "votes[0].choice", "IN_FAVOUR")));
        assertThat(tampered.select("main .alert-danger")).isNotEmpty();
        assertThat(tampered.select("[id='votes0.personId-error']").text()).isNotBlank();
        MvcResult voted = board.editor.submit(
                ballot,
                "main form",
                Map.of(
                        "votes[0].choice", "IN_FAVOUR",
                        "votes[1].choice", "IN_FAVOUR",
                        "votes[2].choice", "AGAINST",
                        "votes[3].choice", ""));
        assertThat(voted.getResponse().getRedirectedUrl()).isEqualTo("/sittings/" + sitting + "/items/1/votes");
        assertThat(jdbc.queryForObject(
                        "select count(*) from sitting_vote where sitting_id = ? and item_number = 1",
                        Long.class,
                        sitting))
                .as("who does not vote casts no ballot")
                .isEqualTo(3);

        Document confirm = board.editor.open("/sittings/" + sitting + "/items/1/decision");
        assertThat(confirm.select("main").text()).contains("Favorevole: 2", "Contrario: 1", "Astenuto: 0");
        MvcResult decided = board.editor.submit(confirm, "main form", Map.of());
        assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/sittings/" + sitting);
        Document after = board.editor.open("/sittings/" + sitting);
        String adopted =
                "Delibera n. 1 del " + daysAgo(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(after.select(".alert-success").text()).isEqualTo("Il punto 1 è approvato: è la " + adopted + ".");
        assertThat(after.select("#item-1").text())
                .contains("Approvato", "Favorevoli 2, contrari 1, astenuti 0.", "Un voto per componente");
        assertThat(after.select("#item-1 a[href^=/resolutions/]").text()).isEqualTo(adopted);
        assertThat(after.select("#item-1 table tbody tr")).hasSize(3);
        assertThat(after.select("main a[href=/sittings/" + sitting + "/edit]"))
                .as("a sitting that decided keeps its convocation")
                .isEmpty();
        assertThat(board.editor
                        .open("/districts/" + board.slug() + "/resolutions")
                        .select("main table tbody th")
                        .eachText())
                .containsExactly(adopted);

        // The service refuses to change the convocation now, and the page says so.
        Document edit = board.editor.open("/sittings/" + sitting + "/edit");
        Document refused = html(board.editor.submit(edit, "main form", Map.of("place", "Altra sala")));
        assertThat(refused.select("main .alert-danger").text()).contains("ha già deliberato");
        assertThat(jdbc.queryForObject("select place from sitting where id = ?", String.class, sitting))
                .isEqualTo("Sala consiliare");
    }

    @Test
    void aBadTimeOrDateIsAnErrorNextToItsFieldInTheUsersLanguageAndNothingIsStored() throws Exception {
        Board board = new Board();
        String form = "/districts/" + board.slug() + "/sittings/new?body=" + board.id;
        Map<String, String> good = Map.of(
                "date", daysAgo(2).toString(), "startTime", "16:00", "place", "Sala", "items[0].title", "Bilancio");

        Document badTime =
                html(board.editor.submit(board.editor.open(form), "main form", with(good, "startTime", "16h")));
        assertThat(badTime.select("#startTime-error").text()).isEqualTo("Ora non valida: scrivila come 09:30.");
        assertThat(badTime.select("#startTime").val())
                .as("what was typed stays")
                .isEqualTo("16h");
        assertThat(badTime.select("[id='items0.title']").val()).isEqualTo("Bilancio");

        Document badDate =
                html(board.editor.submit(board.editor.open(form), "main form", with(good, "date", "2026-02-31")));
        assertThat(badDate.select("#date-error").text()).startsWith("Data non valida");
        Document italianDate =
                html(board.editor.submit(board.editor.open(form), "main form", with(good, "date", "31/02/2026")));
        assertThat(italianDate.select("#date-error").text()).startsWith("Data non valida");

        WebClient english = fixtures.signIn(board.district.editor());
        Document inEnglish =
                html(english.submit(english.open(form + "&lang=en"), "main form", with(good, "startTime", "16h")));
        assertThat(inEnglish.select("#startTime-error").text()).isEqualTo("Invalid time: write it as 09:30.");

        // The rules of the service, each next to its field: a second call before the first, no place,
        // an item with a proposal and no title.
        Document early = html(board.editor.submit(
                board.editor.open(form),
                "main form",
                with(good, "secondCallDate", daysAgo(3).toString())));
        assertThat(early.select("#secondCallDate-error").text())
                .isEqualTo("La seconda convocazione deve seguire la prima.");
        Document nowhere = html(board.editor.submit(board.editor.open(form), "main form", with(good, "place", "")));
        assertThat(nowhere.select("#place-error").text()).contains("Indica il luogo");
        Document untitled = html(
                board.editor.submit(board.editor.open(form), "main form", with(good, "items[1].proposal", "Testo")));
        assertThat(untitled.select("[id='items1.title-error']").text()).isEqualTo("Scrivi l’oggetto del punto.");
        Document revokesNothing = html(
                board.editor.submit(board.editor.open(form), "main form", with(good, "items[0].effect", "REVOKES")));
        assertThat(revokesNothing.select("[id='items0.effect-error']").text())
                .isEqualTo("Indica insieme la delibera da modificare o revocare e l’effetto.");
        Document noAgenda =
                html(board.editor.submit(board.editor.open(form), "main form", with(good, "items[0].title", "")));
        assertThat(noAgenda.select("#items-error").text()).isEqualTo("L’ordine del giorno deve avere almeno un punto.");

        assertThat(board.sittings()).as("nothing stored").isZero();
    }

    @Test
    void anItemDecidesOnAPlanThroughOneSelectAndAChoiceRefusedIsSaidNextToIt() throws Exception {
        Board board = new Board();
        long plan = fixtures.plan(board.district, 2027, 2029);
        String form = "/districts/" + board.slug() + "/sittings/new?body=" + board.id;
        Document blank = board.editor.open(form);
        Element select = blank.selectFirst("select[name='items[0].decides']");
        assertThat(blank.select("label[for='items0.decides']").text()).isEqualTo("Decide su");
        assertThat(select.select("option").eachAttr("value"))
                .as("the stages ahead of the plan's launch, then its years")
                .containsExactly(
                        "",
                        plan + ":stage:TABLES",
                        plan + ":stage:DRAFTING",
                        plan + ":stage:APPROVAL",
                        plan + ":stage:AGREEMENT",
                        plan + ":stage:IMPLEMENTATION",
                        plan + ":stage:MONITORING",
                        plan + ":stage:EVALUATION",
                        plan + ":stage:CLOSED",
                        plan + ":year:2027",
                        plan + ":year:2028",
                        plan + ":year:2029");
        assertThat(select.select("option[value=" + plan + ":stage:AGREEMENT]").text())
                .isEqualTo("Piano sociale di zona 2027-2029 – passaggio a: Accordo di Programma");
        assertThat(select.select("option[value=" + plan + ":year:2028]").text())
                .isEqualTo("Piano sociale di zona 2027-2029 – programma attuativo 2028");

        Map<String, String> good = Map.of(
                "date", daysAgo(2).toString(),
                "startTime", "16:00",
                "place", "Sala",
                "items[0].title", "Comunicazioni",
                "items[2].title", "Approvazione del Piano",
                "items[2].decides", plan + ":stage:AGREEMENT");
        // A value the select never offered, and a plan year it does not have, each next to the select of its row.
        for (String tampered : List.of("12abc", plan + ":stage:NEXT", plan + ":year:20288")) {
            Document refused = html(board.editor.submit(
                    board.editor.open(form), "main form", with(good, "items[2].decides", tampered)));
            assertThat(refused.select("[id='items2.decides-error']").text())
                    .as(tampered)
                    .isEqualTo("Scegli una delle voci dell’elenco.");
        }
        Document outside = html(board.editor.submit(
                board.editor.open(form), "main form", with(good, "items[2].decides", plan + ":year:2031")));
        assertThat(outside.select("[id='items2.decides-error']").text())
                .isEqualTo("Il 2031 non è un anno del piano (2027-2029).");
        assertThat(outside.select("select[name='items[2].decides'] option[selected]")
                        .val())
                .as("the choice refused stays chosen")
                .isEqualTo(plan + ":year:2031");
        assertThat(board.sittings()).as("nothing stored").isZero();

        MvcResult created = board.editor.submit(board.editor.open(form), "main form", good);
        Matcher id = SITTING.matcher(String.valueOf(created.getResponse().getRedirectedUrl()));
        assertThat(id.matches()).as(created.getResponse().getRedirectedUrl()).isTrue();
        long sitting = Long.parseLong(id.group(1));
        Map<String, Object> stored = jdbc.queryForMap(
                "select plan_id, plan_stage, programme_year from sitting_item where sitting_id = ? and position = 1",
                sitting);
        assertThat(stored.get("plan_id")).isEqualTo(plan);
        assertThat(stored.get("plan_stage")).isEqualTo("AGREEMENT");
        assertThat(stored.get("programme_year")).isNull();
        Document page = board.editor.open("/sittings/" + sitting);
        assertThat(page.select("#item-2 p:has(a[href=/plans/" + plan + "])").text())
                .isEqualTo("Decide su: Piano sociale di zona 2027-2029 – passaggio a: Accordo di Programma");

        // The plan moves on past the stage the item names: the edit form still shows the item's
        // choice, and sending it back says why it no longer holds.
        ApiClient admin = fixtures.api(board.district.admin());
        for (String stage : List.of("TABLES", "DRAFTING", "APPROVAL", "AGREEMENT")) {
            admin.post(
                            "/api/v1/plans/{id}/transitions",
                            "{\"to\":\"%s\",\"decidedOn\":\"%s\",\"act\":\"Atto\",\"version\":%d}"
                                    .formatted(
                                            stage,
                                            daysAgo(5),
                                            admin.read(admin.get("/api/v1/plans/{id}", plan))
                                                    .get("version")
                                                    .asLong()),
                            plan)
                    .andExpect(status().isOk());
        }
        Document edit = board.editor.open("/sittings/" + sitting + "/edit");
        assertThat(edit.select("select[name='items[1].decides'] option[selected]")
                        .val())
                .isEqualTo(plan + ":stage:AGREEMENT");
        assertThat(edit.select("select[name='items[0].decides'] option").eachAttr("value"))
                .as("the stages ahead of the plan's, its years, and the one stored after them")
                .containsExactly(
                        "",
                        plan + ":stage:IMPLEMENTATION",
                        plan + ":stage:MONITORING",
                        plan + ":stage:EVALUATION",
                        plan + ":stage:CLOSED",
                        plan + ":year:2027",
                        plan + ":year:2028",
                        plan + ":year:2029",
                        plan + ":stage:AGREEMENT");
        Document stale = html(board.editor.submit(edit, "main form", Map.of()));
        assertThat(stale.select("[id='items1.decides-error']").text())
                .isEqualTo("Il piano è già a questo passaggio o oltre: scegli un passaggio che segue quello attuale.");
        MvcResult untied = board.editor.submit(edit, "main form", Map.of("items[1].decides", ""));
        assertThat(untied.getResponse().getRedirectedUrl()).isEqualTo("/sittings/" + sitting);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sitting_item where sitting_id = ? and plan_id is not null",
                        Long.class,
                        sitting))
                .isZero();
    }

    @Test
    void aViewerGetsForbiddenOnTheFormsAndReadsTheRules() throws Exception {
        Board board = new Board();
        long sitting = board.convene("Bilancio");
        WebClient viewer = fixtures.signIn(board.district.viewer());
        for (String form : List.of(
                "/districts/" + board.slug() + "/sittings/new",
                "/sittings/" + sitting + "/edit",
                "/sittings/" + sitting + "/cancel",
                "/sittings/" + sitting + "/attendance",
                "/sittings/" + sitting + "/items/1/votes",
                "/sittings/" + sitting + "/items/1/decision")) {
            assertThat(viewer.get(form).getResponse().getStatus()).as(form).isEqualTo(403);
            assertThat(viewer.post(form, Map.of("version", "0")).getResponse().getStatus())
                    .as("POST " + form)
                    .isEqualTo(403);
        }
        String rules = "/districts/" + board.slug() + "/governing-bodies/" + board.id + "/quorum-rules";
        Document read = viewer.open(rules);
        assertThat(read.select("main dl").text()).contains("più della metà");
        assertThat(read.select("main form[method=post]"))
                .as("no form for a viewer")
                .isEmpty();
        assertThat(viewer.post(rules, Map.of("majority", "AT_LEAST_HALF"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        Document page = viewer.open("/sittings/" + sitting);
        assertThat(page.select("main a[href^=/sittings/" + sitting + "/]"))
                .as("no staff link")
                .isEmpty();
    }

    @Test
    void aVoteWithoutQuorumShowsTheErrorAndStoresNothing() throws Exception {
        Board board = new Board();
        long sitting = board.convene("Bilancio");
        Document sheet = board.attend(sitting, 2);
        assertThat(sheet.select(".alert-success").text()).contains("il numero legale non è raggiunto");
        assertThat(sheet.select(".callout").text())
                .contains(
                        "Numero legale non raggiunto",
                        "2 componenti presenti su 5: serve più della metà — non raggiunto");

        Document ballot = board.editor.open("/sittings/" + sitting + "/items/1/votes");
        assertThat(ballot.select("main table tbody tr")).hasSize(2);
        MvcResult refused = board.editor.submit(
                ballot, "main form", Map.of("votes[0].choice", "IN_FAVOUR", "votes[1].choice", "IN_FAVOUR"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(refused).select("main .alert-danger").text())
                .contains("Il numero legale non è raggiunto: la seduta non può votare.");
        assertThat(jdbc.queryForObject("select count(*) from sitting_vote where sitting_id = ?", Long.class, sitting))
                .isZero();

        MvcResult undecided = board.editor.submit(
                board.editor.open("/sittings/" + sitting + "/items/1/decision"), "main form", Map.of());
        assertThat(html(undecided).select("main .alert-danger").text()).contains("Il numero legale non è raggiunto");
        assertThat(jdbc.queryForObject("select count(*) from resolution where sitting_id = ?", Long.class, sitting))
                .isZero();
    }

    @Test
    void aDamagedOrStaleConfirmationIsSaidAndChangesNothing() throws Exception {
        Board board = new Board();
        long sitting = board.convene("Bilancio");
        Document confirm = board.editor.open("/sittings/" + sitting + "/cancel");

        MvcResult damaged = board.editor.submit(confirm, "main form", Map.of("version", "12abc"));
        assertThat(damaged.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(damaged).select("main .alert-danger").text()).contains("incompleto o alterato");

        // Someone else changes the sitting meanwhile: the confirmation read before is stale.
        board.editor.submit(
                board.editor.open("/sittings/" + sitting + "/edit"), "main form", Map.of("place", "Altra sala"));
        MvcResult stale = board.editor.submit(confirm, "main form", Map.of());
        assertThat(html(stale).select("main .alert-danger").text()).contains("modificati da qualcun altro");
        assertThat(jdbc.queryForObject("select status from sitting where id = ?", String.class, sitting))
                .isEqualTo("CONVENED");

        MvcResult cancelled =
                board.editor.submit(board.editor.open("/sittings/" + sitting + "/cancel"), "main form", Map.of());
        assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/sittings/" + sitting);
        Document page = board.editor.open("/sittings/" + sitting);
        assertThat(page.select(".callout.danger").text()).contains("Seduta annullata");
        assertThat(page.select("main a[href^=/sittings/" + sitting + "/]")).isEmpty();
    }

    @Test
    void anEditorChangesTheQuorumRulesWithTheSharesAgreed() throws Exception {
        Board board = new Board();
        fixtures.asPlatformAdmin(() -> districts.addMunicipality(board.slug(), farMunicipality()));
        String rules = "/districts/" + board.slug() + "/governing-bodies/" + board.id + "/quorum-rules";
        Document form = board.editor.open(rules);
        assertThat(form.select("main form input[type=number]"))
                .as("a share per municipality")
                .hasSize(2);

        Document bad = html(board.editor.submit(form, "main form", Map.of("agreedShares[1].share", "molti")));
        assertThat(bad.select("[id='agreedShares1.share-error']").text()).isNotBlank();
        Document tampered =
                html(board.editor.submit(form, "main form", Map.of("agreedShares[0].municipality", "999999")));
        assertThat(tampered.select("[id='agreedShares0.municipality-error']").text())
                .contains("999999");

        MvcResult saved = board.editor.submit(
                form,
                "main form",
                Map.of(
                        "majorityBasis", "AGREED_SHARES",
                        "secondCallMembers", "AT_LEAST_HALF",
                        "agreedShares[0].share", "40"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(rules);
        Document page = board.editor.open(rules);
        assertThat(page.select(".alert-success").text()).isEqualTo("Le regole di quorum sono state salvate.");
        assertThat(page.select("main dl").text())
                .contains("Voti pesati per le quote concordate tra i Comuni", "almeno la metà");
        assertThat(page.select("main table").first().select("tbody td").eachText())
                .as("the municipality left empty has no share")
                .containsExactly("40");
        assertThat(page.select("input[name='agreedShares[1].share']").val()).isEmpty();
    }

    @Test
    void everyConstantOfTheSittingsEnumsHasItsWordsInBothLanguages() {
        Locale previous = LocaleContextHolder.getLocale();
        try {
            for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                LocaleContextHolder.setLocale(locale);
                List<String> said = new ArrayList<>();
                for (Share share : Share.values()) {
                    said.add(words.share(share));
                    said.add(words.need(share));
                }
                for (WeightBasis basis : WeightBasis.values()) {
                    said.add(words.basis(basis));
                }
                for (Call call : Call.values()) {
                    said.add(words.call(call));
                }
                for (Presence presence : Presence.values()) {
                    said.add(words.presence(presence));
                }
                for (Choice choice : Choice.values()) {
                    said.add(words.choice(choice));
                }
                for (Outcome outcome : Outcome.values()) {
                    said.add(words.outcome(outcome));
                }
                for (Effect effect : Effect.values()) {
                    said.add(words.effect(effect));
                }
                for (SittingStatus status : SittingStatus.values()) {
                    said.add(words.status(status));
                }
                for (ResolutionView.Status status : ResolutionView.Status.values()) {
                    said.add(words.resolutionStatus(status));
                }
                said.add(words.choice(null));
                said.add(words.outcome(null));
                assertThat(said)
                        .as(locale.toString())
                        .allSatisfy(text -> assertThat(text).isNotBlank());
                assertThat(said)
                        .as(locale + ": no two constants of an enum read alike")
                        .doesNotHaveDuplicates();
            }
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(words.need(Share.MORE_THAN_HALF)).isEqualTo("more than half needed");
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new HashMap<>(fields);
        changed.put(name, value);
        return changed;
    }
}

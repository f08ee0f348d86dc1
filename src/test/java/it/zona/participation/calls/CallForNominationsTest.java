package it.zona.participation.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.TestCalendar;
import it.zona.support.TestMailServer;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * A call for nominations from end to end: the office writes and opens a call, invites
 * organisations, each reads its e-mail, opens its personal link without an account and nominates;
 * the office accepts, and the organisation sits at the table. Around it: the deadline, reopening,
 * reminders and links that must not work.
 */
@ZonaIntegrationTest
class CallForNominationsTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/nominations/([A-Za-z0-9_-]{43})");

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    TestMailServer mail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TableRegistry tables;

    @Autowired
    TableMembership membership;

    @Autowired
    OrganizationRegistry organizations;

    private TestDistrict district;
    private long plan;
    private long elderly;
    private long disability;
    private ApiClient editor;

    @BeforeEach
    void aPlanWithTwoTables() {
        district = fixtures.district();
        plan = fixtures.plan(district, 2027, 2029);
        elderly = table("Tavolo anziani", "Anziani");
        disability = table("Tavolo disabilità", "Disabili");
        editor = fixtures.api(district.editor());
    }

    @Test
    void anInvitedOrganisationNominatesThroughItsLinkAndIsSeatedWhenTheOfficeAccepts() throws Exception {
        String address = "segreteria-" + Fixtures.unique() + "@example.org";
        long organization = organization("Associazione Il Ponte", OrganizationType.ASSOCIATION, address);
        long call = openCall("Invito ai tavoli 2027", elderly, disability);

        JsonNode sent = editor.read(
                editor.post("/api/v1/calls/{id}/invitations", "{\"organizationIds\":[" + organization + "]}", call)
                        .andExpect(status().isCreated()));
        assertThat(sent.get("invited")).hasSize(1);
        assertThat(sent.toString()).doesNotContain("token");

        MimeMessage invitation = mail.awaitMessages(address, 1).get(0);
        assertThat(invitation.getSubject()).contains("Invito ai tavoli 2027");
        String text = body(invitation);
        assertThat(text).contains("Tavolo anziani", "Tavolo disabilità", "Scadenza", "più volte fino alla scadenza");
        String token = token(text);

        WebClient visitor = new WebClient(mvc);
        Document page = visitor.open("/nominations/" + token);
        assertThat(page.text()).contains("Associazione Il Ponte", "Invito ai tavoli 2027", "Tavolo anziani");
        int index = entryIndex(page, elderly);
        MvcResult nominated = visitor.submit(
                page,
                "form[action^=/nominations/]",
                Map.of(
                        "entries[" + index + "].chosen", "true",
                        "entries[" + index + "].representativeName", "Lucia Verdi",
                        "entries[" + index + "].representativeEmail", "lucia.verdi@example.org"));
        assertThat(nominated.getResponse().getRedirectedUrl()).isEqualTo("/nominations/" + token);
        Document after = visitor.open("/nominations/" + token);
        assertThat(after.text()).contains("Lucia Verdi", "lucia.verdi@example.org", "In attesa di esame");
        // the table is named "Tavolo anziani": its buttons say it once
        assertThat(after.select("a[aria-label]").eachAttr("aria-label"))
                .contains(
                        "Sostituisci il rappresentante al «Tavolo anziani»",
                        "Ritira la designazione al «Tavolo anziani»");

        JsonNode nominations =
                editor.read(editor.get("/api/v1/calls/{id}/nominations", call).andExpect(status().isOk()));
        assertThat(nominations).hasSize(1);
        long nomination = nominations.get(0).get("id").asLong();
        assertThat(nominations.get(0).get("status").asString()).isEqualTo("SUBMITTED");

        editor.post("/api/v1/calls/{c}/nominations/{n}/accept", "", call, nomination)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        assertThat(fixtures.as(district.viewer().username(), () -> membership.isMember(elderly, organization)))
                .isTrue();
        // The public sees the representative's name at the table, never the contacts.
        String members = WebClient.content(fixtures.anonymousApi()
                .get("/api/v1/tables/{id}/members", elderly)
                .andExpect(status().isOk())
                .andReturn());
        assertThat(members).contains("Lucia Verdi").doesNotContain("lucia.verdi@example.org");
    }

    @Test
    void afterTheDeadlineTheLinkExplainsAndNominationsAreRefusedUntilTheOfficeReopens() throws Exception {
        String address = "info-" + Fixtures.unique() + "@example.org";
        long organization = organization("Cooperativa Aurora", OrganizationType.SOCIAL_COOPERATIVE, address);
        long call = openCall("Invito scaduto", elderly);
        invite(call, organization);
        String token = token(body(mail.awaitMessages(address, 1).get(0)));
        WebClient visitor = new WebClient(mvc);
        Document page = visitor.open("/nominations/" + token);

        deadlinePassed(call);

        MvcResult expired = visitor.get("/nominations/" + token);
        assertThat(expired.getResponse().getStatus()).isEqualTo(410);
        assertThat(WebClient.html(expired).text()).contains("Il link è scaduto", "è scaduto il", "Ufficio di Piano");
        MvcResult late = visitor.submit(
                page,
                "form[action^=/nominations/]",
                Map.of("entries[0].chosen", "true", "entries[0].representativeName", "Tardi Tardivo"));
        assertThat(late.getResponse().getStatus()).isEqualTo(422);
        assertThat(WebClient.html(late).text()).contains("è scaduto il");
        editor.post("/api/v1/calls/{id}/invitations", "{\"organizationTypes\":[\"ASSOCIATION\"]}", call)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Invito scaduto")));

        editor.post("/api/v1/calls/{id}/reopen", "{\"deadline\":\"" + inDays(20) + "\"}", call)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepting").value(true))
                .andExpect(jsonPath("$.reopenings.length()").value(1));
        Document reopened = visitor.open("/nominations/" + token);
        MvcResult accepted = visitor.submit(
                reopened,
                "form[action^=/nominations/]",
                Map.of("entries[0].chosen", "true", "entries[0].representativeName", "Rita Puntuale"));
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/nominations/" + token);

        editor.post("/api/v1/calls/{id}/close", "", call).andExpect(status().isOk());
        MvcResult closed = visitor.get("/nominations/" + token);
        assertThat(closed.getResponse().getStatus()).isEqualTo(410);
        assertThat(WebClient.html(closed).text()).contains("chiuso", "Rita Puntuale");
    }

    @Test
    void aTokenShowsOnlyItsOwnOrganisationAndCallAndAGarbageTokenIsNotFound() throws Exception {
        String first = "primo-" + Fixtures.unique() + "@example.org";
        String second = "secondo-" + Fixtures.unique() + "@example.org";
        long one = organization("Associazione Prima", OrganizationType.ASSOCIATION, first);
        long two = organization("Associazione Seconda", OrganizationType.ASSOCIATION, second);
        long callA = openCall("Invito A", elderly);
        long callB = openCall("Invito B", disability);
        invite(callA, one);
        invite(callB, two);
        String tokenA = token(body(mail.awaitMessages(first, 1).get(0)));
        String tokenB = token(body(mail.awaitMessages(second, 1).get(0)));

        WebClient visitor = new WebClient(mvc);
        Document pageA = visitor.open("/nominations/" + tokenA);
        assertThat(pageA.text()).contains("Invito A", "Associazione Prima").doesNotContain("Invito B", "Seconda");
        Document pageB = visitor.open("/nominations/" + tokenB);
        visitor.submit(
                pageB,
                "form[action^=/nominations/]",
                Map.of("entries[0].chosen", "true", "entries[0].representativeName", "Bruno Secondi"));
        long nominationB = editor.read(editor.get("/api/v1/calls/{id}/nominations", callB))
                .get(0)
                .get("id")
                .asLong();

        // Token A cannot reach organisation B's nomination, nor nominate at a table of call B.
        assertThat(visitor.get("/nominations/" + tokenA + "/" + nominationB + "/withdraw")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(visitor.post("/nominations/" + tokenA + "/" + nominationB + "/withdraw", Map.of())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        MvcResult otherTable = visitor.post(
                "/nominations/" + tokenA,
                Map.of(
                        "entries[0].tableId",
                        Long.toString(disability),
                        "entries[0].chosen",
                        "true",
                        "entries[0].representativeName",
                        "Intruso"));
        assertThat(otherTable.getResponse().getStatus()).isEqualTo(422);
        assertThat(editor.read(editor.get("/api/v1/calls/{id}/nominations", callA)))
                .isEmpty();

        for (String garbage : List.of("garbage", "A".repeat(43), tokenA.substring(1) + "x")) {
            MvcResult refused = visitor.get("/nominations/" + garbage);
            assertThat(refused.getResponse().getStatus()).as(garbage).isEqualTo(404);
            assertThat(WebClient.html(refused).text()).contains("Il link non è valido");
        }
    }

    @Test
    void aReminderCarriesANewLinkThatReplacesTheOldAndGoesAtMostOnceADay() throws Exception {
        String address = "silente-" + Fixtures.unique() + "@example.org";
        long organization = organization("Fondazione Silente", OrganizationType.FOUNDATION, address);
        long call = openCall("Invito con promemoria", elderly);
        long invitation = editor.read(
                        editor.post("/api/v1/calls/{id}/invitations", "{\"organizationTypes\":[\"FOUNDATION\"]}", call)
                                .andExpect(status().isCreated()))
                .get("invited")
                .get(0)
                .get("id")
                .asLong();
        String oldToken = token(body(mail.awaitMessages(address, 1).get(0)));

        editor.post("/api/v1/calls/{c}/invitations/{i}/reminder", "", call, invitation)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reminders").value(1));
        MimeMessage reminder = mail.awaitMessages(address, 2).get(1);
        assertThat(reminder.getSubject()).startsWith("Promemoria");
        String text = body(reminder);
        assertThat(text).contains("nuovo link");
        String newToken = token(text);
        assertThat(newToken).isNotEqualTo(oldToken);

        WebClient visitor = new WebClient(mvc);
        assertThat(visitor.get("/nominations/" + oldToken).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(visitor.open("/nominations/" + newToken).text()).contains("Fondazione Silente");

        editor.post("/api/v1/calls/{c}/invitations/{i}/reminder", "", call, invitation)
                .andExpect(status().isConflict())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("al massimo uno al giorno")));
        JsonNode invitations = editor.read(editor.get("/api/v1/calls/{id}/invitations", call));
        assertThat(invitations.get(0).get("lastReminderAt").isNull()).isFalse();
    }

    @Test
    void organisationsWithoutAnAddressAreNamedNotInvited() throws Exception {
        organization("Parrocchia Senza Posta", OrganizationType.RELIGIOUS_BODY, null);
        long call = openCall("Invito al terzo settore", elderly);
        JsonNode result = editor.read(
                editor.post("/api/v1/calls/{id}/invitations", "{\"organizationTypes\":[\"RELIGIOUS_BODY\"]}", call)
                        .andExpect(status().isCreated()));
        assertThat(result.get("invited")).isEmpty();
        assertThat(result.get("withoutAddress").get(0).get("name").asString()).isEqualTo("Parrocchia Senza Posta");

        Document confirm = fixtures.signIn(district.editor())
                .open("/calls/" + call + "/invitations/confirm?organizationTypes=RELIGIOUS_BODY");
        assertThat(confirm.text()).contains("Non possono essere invitati (1)", "Parrocchia Senza Posta");
    }

    @Test
    void rejectingNeedsAReasonAndTheRejectionKeepsIt() throws Exception {
        String address = "rifiuto-" + Fixtures.unique() + "@example.org";
        long organization = organization("Associazione Respinta", OrganizationType.ASSOCIATION, address);
        long call = openCall("Invito con rifiuto", elderly);
        invite(call, organization);
        long nomination = editor.read(editor.post(
                                "/api/v1/calls/{id}/nominations",
                                "{\"organizationId\":" + organization + ",\"nomination\":{\"tableId\":" + elderly
                                        + ",\"chosen\":true,\"representativeName\":\"Mario Rossi\"}}",
                                call)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();

        editor.post("/api/v1/calls/{c}/nominations/{n}/reject", "{\"reason\":\"  \"}", call, nomination)
                .andExpect(status().isUnprocessableContent());
        editor.post(
                        "/api/v1/calls/{c}/nominations/{n}/reject",
                        "{\"reason\":\"L'ente non opera nell'area del tavolo\"}",
                        call,
                        nomination)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.reason").value("L'ente non opera nell'area del tavolo"));
        assertThat(fixtures.as(district.viewer().username(), () -> membership.isMember(elderly, organization)))
                .isFalse();
    }

    @Test
    void draftsAreForStaffAndOnlyTheDistrictsEditorsChangeCalls() throws Exception {
        long call = editor.read(editor.post("/api/v1/plans/{id}/calls", callBody("Bozza riservata", elderly), plan)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        fixtures.anonymousApi().get("/api/v1/calls/{id}", call).andExpect(status().isNotFound());
        fixtures.api(district.viewer()).get("/api/v1/calls/{id}", call).andExpect(status().isOk());
        assertThat(fixtures.anonymousApi().read(fixtures.anonymousApi().get("/api/v1/plans/{id}/calls", plan)))
                .isEmpty();
        fixtures.api(district.viewer())
                .post("/api/v1/calls/{id}/open", "", call)
                .andExpect(status().isForbidden());
        fixtures.api(fixtures.district().editor())
                .post("/api/v1/calls/{id}/open", "", call)
                .andExpect(status().isForbidden());
        fixtures.anonymousApi().post("/api/v1/calls/{id}/open", "", call).andExpect(status().isUnauthorized());
        editor.post("/api/v1/calls/{id}/open", "", call).andExpect(status().isOk());
        fixtures.anonymousApi().get("/api/v1/calls/{id}", call).andExpect(status().isOk());
        fixtures.anonymousApi().get("/api/v1/calls/{id}/nominations", call).andExpect(status().isUnauthorized());
        fixtures.anonymousApi().get("/api/v1/calls/{id}/invitations", call).andExpect(status().isUnauthorized());
    }

    // ---- helpers ----

    private long table(String name, String area) {
        long areaId = content.area(district, plan, area).id();
        return fixtures.as(
                district.editor().username(),
                () -> tables.create(plan, new TableForm(name, TableKind.PERMANENT, null, List.of(areaId), null, null))
                        .id());
    }

    private long organization(String name, OrganizationType type, String email) {
        return fixtures.as(
                district.editor().username(),
                () -> organizations
                        .create(
                                district.slug(),
                                new OrganizationForm(
                                        name, type, null, null, null, null, null, null, email, null, null, null, null))
                        .id());
    }

    private long openCall(String title, long... tableIds) throws Exception {
        long call = editor.read(editor.post("/api/v1/plans/{id}/calls", callBody(title, tableIds), plan)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        editor.post("/api/v1/calls/{id}/open", "", call).andExpect(status().isOk());
        return call;
    }

    private static String callBody(String title, long... tableIds) {
        return "{\"title\":\"" + title + "\",\"text\":\"Designate i vostri rappresentanti.\",\"deadline\":\""
                + inDays(10) + "\",\"tableIds\":" + java.util.Arrays.toString(tableIds) + "}";
    }

    private void invite(long call, long organization) throws Exception {
        editor.post("/api/v1/calls/{id}/invitations", "{\"organizationIds\":[" + organization + "]}", call)
                .andExpect(status().isCreated());
    }

    /** Time passes: the call's deadline is now an hour ago. */
    private void deadlinePassed(long call) {
        jdbc.update(
                "update call_for_nominations set deadline = ? where id = ?",
                Timestamp.from(Instant.now(clock).minus(1, ChronoUnit.HOURS)),
                call);
    }

    private static String inDays(int days) {
        return TestCalendar.today().plusDays(days).atTime(12, 0).toString();
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a personal link in:\n" + text).isTrue();
        return link.group(1);
    }

    /** The index of the form entry for the table. */
    private static int entryIndex(Document page, long tableId) {
        return Integer.parseInt(page.selectFirst("input[type=hidden][value=" + tableId + "][name^=entries]")
                .attr("name")
                .replaceAll("\\D+", ""));
    }
}

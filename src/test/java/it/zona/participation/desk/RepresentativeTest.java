package it.zona.participation.desk;

import static it.zona.participation.meetings.MeetingScenario.form;
import static it.zona.participation.meetings.MeetingScenario.today;
import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.participation.contributions.ProposalForm;
import it.zona.participation.contributions.ProposalRegistry;
import it.zona.participation.contributions.ProposalView;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingScenario;
import it.zona.participation.meetings.MeetingScenario.Scene;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.minutes.CirculateForm;
import it.zona.participation.minutes.MinutesForm;
import it.zona.participation.minutes.MinutesRegistry;
import it.zona.participation.minutes.MinutesView;
import it.zona.participation.tables.MemberForm;
import it.zona.participation.tables.RepresentativeEnrolment;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.TestMailServer;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * A representative's account: opened by a District admin, its first password sent only to the
 * seat's address, and the person's own page with their tables and next meetings.
 */
@ZonaIntegrationTest
@Import(MeetingScenario.class)
public class RepresentativeTest {

    private static final String NEW_PASSWORD = "a-new-password-of-mine-42";
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Password provvisoria: (\\S+)");

    @Autowired
    MeetingScenario scenario;

    @Autowired
    TableMembership membership;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    RepresentativeDesk desk;

    @Autowired
    RepresentativeEnrolment representativeAccounts;

    @Autowired
    MinutesRegistry minutes;

    @Autowired
    ProposalRegistry proposals;

    @Autowired
    TableRegistry tables;

    @Autowired
    AccountRegistry accounts;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestMailServer mail;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstPasswordGoesOnlyToTheSeatsAddressAndOpensThePersonsOwnPage() throws Exception {
        Scene scene = scenario.scene(2);
        String address = scene.addresses().get(0);
        long memberId = seatOf(scene, address);
        String username = username();

        fixtures.api(scene.district().admin())
                .post(
                        "/api/v1/tables/{t}/members/{m}/account",
                        body("REPRESENTATIVE", username),
                        scene.tableId(),
                        memberId)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.email").value(address))
                .andExpect(jsonPath("$.temporaryPassword").doesNotExist());

        String text = text(mail.awaitMessages(address, 1).get(0));
        assertThat(text).contains("Nome utente: " + username);
        // the scene's table is named "Tavolo …": the mail says "al «Tavolo …»", not "al tavolo Tavolo …"
        assertThat(text).contains(" al «Tavolo ").doesNotContainIgnoringCase("tavolo «tavolo");
        Matcher password = TEMPORARY_PASSWORD.matcher(text);
        assertThat(password.find())
                .as("the mail carries the temporary password")
                .isTrue();
        // Nobody but the recipient reads it: not the outbox's readers, and not the database once sent.
        ApiClient admin = fixtures.api(scene.district().admin());
        List<JsonNode> held = new ArrayList<>();
        admin.read(admin.get("/api/v1/outbox")).get("items").forEach(item -> {
            if (address.equals(item.get("recipient").asString())) {
                held.add(item);
            }
        });
        assertThat(held).singleElement().satisfies(item -> {
            assertThat(item.get("confidential").asBoolean()).isTrue();
            assertThat(item.get("text").isNull()).isTrue();
        });
        assertThat(jdbc.queryForList("select body from outbox_message where recipient = ?", String.class, address))
                .containsOnly("");

        WebClient browser = new WebClient(mvc);
        MvcResult signedIn = browser.signIn(username, password.group(1));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        browser.submit(
                browser.open("/account/password"),
                "main form",
                Map.of(
                        "currentPassword",
                        password.group(1),
                        "newPassword",
                        NEW_PASSWORD,
                        "confirmation",
                        NEW_PASSWORD));

        assertThat(browser.open("/dashboard").select("a[href=/my/participation]"))
                .isNotEmpty();
        Document own = browser.open("/my/participation");
        String organization = scenario.editor(scene.district(), () -> membership.get(scene.tableId(), memberId))
                .organization()
                .name();
        assertThat(own.select("h1").text()).isEqualTo("La mia partecipazione");
        assertThat(own.select("table").first().text()).contains(organization, address, "Rappresentante");
        // Their own contact, and nobody else's.
        assertThat(own.text()).doesNotContain(scene.addresses().get(2));

        ApiClient person = fixtures.api(new Staff(username, fixtures.token(username, NEW_PASSWORD)));
        person.get("/api/v1/me/participation")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seats.length()").value(1))
                .andExpect(jsonPath("$.seats[0].table.id").value(scene.tableId()))
                .andExpect(jsonPath("$.seats[0].substitute").value(false))
                .andExpect(jsonPath("$.seats[0].seat.representative.email").value(address));
        // A representative is not staff: the District's own business stays closed.
        person.get("/api/v1/districts/{slug}/staff", scene.district().slug()).andExpect(status().isForbidden());
        person.post("/api/v1/tables/{t}/members/{m}/account", body("SUBSTITUTE", username()), scene.tableId(), memberId)
                .andExpect(status().isForbidden());
    }

    @Test
    void theOwnPageListsTheNextMeetingsOfTheTablesAndThePlenariesOfTheirPlans() {
        Scene scene = scenario.scene(1);
        String substitute = scene.addresses().get(1);
        String username = openFor(scene, seatOf(scene, substitute), "SUBSTITUTE");
        MeetingView next = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form("Prossima", today().plusDays(10), LocalTime.of(17, 0), LocalTime.of(19, 0))));
        MeetingView plenary = scenario.editor(
                scene.district(),
                () -> meetings.schedulePlenary(
                        scene.planId(),
                        form("Plenaria", today().plusDays(5), LocalTime.of(10, 0), LocalTime.of(12, 0))));
        MeetingView cancelled = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form("Annullata", today().plusDays(3), LocalTime.of(17, 0), LocalTime.of(19, 0))));
        scenario.editor(scene.district(), () -> meetings.cancel(cancelled.id()));
        scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form("Passata", today().minusDays(3), LocalTime.of(17, 0), LocalTime.of(19, 0))));

        RepresentativeDesk.Overview overview = fixtures.as(username, desk::overview);

        assertThat(overview.seats())
                .singleElement()
                .satisfies(seat -> assertThat(seat.substitute()).isTrue());
        assertThat(overview.nextMeetings()).extracting(MeetingView::id).containsExactly(plenary.id(), next.id());
    }

    @Test
    void theOwnPageListsTheMinutesAwaitingRemarksAndTheOrganisationsProposalsWithTheirOutcome() {
        Scene scene = scenario.scene(2);
        String address = scene.addresses().get(0);
        long organization = scene.organizations().get(0);
        String username = openFor(scene, seatOf(scene, address), "REPRESENTATIVE");
        MeetingView held = scenario.editor(scene.district(), () -> {
            MeetingView past = meetings.schedule(
                    scene.tableId(), form("Seduta", today().minusDays(5), LocalTime.of(17, 0), LocalTime.of(19, 0)));
            return meetings.markHeld(past.id());
        });
        MinutesView circulated = scenario.editor(scene.district(), () -> {
            MinutesView draft = minutes.draft(held.id(), new MinutesForm("Si discute del piano.", List.of(), null));
            return minutes.circulate(draft.id(), new CirculateForm(today().plusDays(7)));
        });
        long area = tables.get(scene.tableId()).areas().get(0).id();
        ProposalView ours = scenario.editor(
                scene.district(),
                () -> proposals.record(
                        held.id(), new ProposalForm(organization, area, "Navetta per i centri diurni", null, null)));
        scenario.editor(
                scene.district(),
                () -> proposals.record(
                        held.id(),
                        new ProposalForm(scene.organizations().get(1), area, "Proposta di un altro ente", null, null)));

        RepresentativeDesk.Overview overview = fixtures.as(username, desk::overview);

        assertThat(overview.minutesAwaitingRemarks())
                .extracting(MinutesView::id)
                .containsExactly(circulated.id());
        assertThat(overview.proposals()).extracting(ProposalView::id).containsExactly(ours.id());
    }

    @Test
    void anAddressTypedOnAStaffAccountProvesNothingAndAWithdrawnSeatIsGone() throws Exception {
        Scene scene = scenario.scene(1);
        String address = scene.addresses().get(0);
        String staffName = username();
        fixtures.asPlatformAdmin(() -> accounts.grant(
                scene.district().id(),
                new AccountRegistry.NewAccount(staffName, staffName, address),
                DistrictRole.VIEWER));
        assertThat(fixtures.as(staffName, desk::overview).seats()).isEmpty();

        long memberId = seatOf(scene, address);
        // The address is taken by the staff account: one account per address.
        fixtures.api(scene.district().admin())
                .post(
                        "/api/v1/tables/{t}/members/{m}/account",
                        body("REPRESENTATIVE", username()),
                        scene.tableId(),
                        memberId)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Esiste già un account con l’indirizzo " + address + "."));

        String username = openFor(scene, memberId, "SUBSTITUTE");
        assertThat(fixtures.as(username, desk::overview).seats()).hasSize(1);
        scenario.editor(scene.district(), () -> membership.withdraw(scene.tableId(), memberId));
        assertThat(fixtures.as(username, desk::overview).empty()).isTrue();
    }

    @Test
    void onlyTheDistrictsAdminsOpenAccountsAndBadRequestsAreExplained() throws Exception {
        Scene scene = scenario.scene(1);
        long memberId = seatOf(scene, scene.addresses().get(0));
        String path = "/api/v1/tables/{t}/members/{m}/account";
        String json = body("REPRESENTATIVE", username());

        fixtures.anonymousApi().post(path, json, scene.tableId(), memberId).andExpect(status().isUnauthorized());
        fixtures.api(scene.district().editor())
                .post(path, json, scene.tableId(), memberId)
                .andExpect(status().isForbidden());
        fixtures.api(fixtures.district().admin())
                .post(path, json, scene.tableId(), memberId)
                .andExpect(status().isForbidden());
        fixtures.anonymousApi().get("/api/v1/me/participation").andExpect(status().isUnauthorized());

        ApiClient admin = fixtures.api(scene.district().admin());
        admin.post(path, body("REPRESENTATIVE", "Not Valid"), scene.tableId(), memberId)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        admin.post(path, "{\"username\":\"someone\"}", scene.tableId(), memberId)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("holder"));
        admin.post(path, body("REPRESENTATIVE", scene.district().admin().username()), scene.tableId(), memberId)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("username"));

        long withoutAddress = fixtures.organization(scene.district(), "Ente " + Fixtures.unique());
        TableMemberView seat = scenario.editor(
                scene.district(),
                () -> membership.add(
                        scene.tableId(),
                        new MemberForm(
                                withoutAddress, "Senza Indirizzo", null, null, null, "", null, null, null, null)));
        admin.post(path, body("REPRESENTATIVE", username()), scene.tableId(), seat.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("holder"));
        admin.post(path, body("SUBSTITUTE", username()), scene.tableId(), seat.id())
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theAdminOpensTheAccountFromTheTablePage() throws Exception {
        Scene scene = scenario.scene(1);
        String address = scene.addresses().get(0);
        long memberId = seatOf(scene, address);
        WebClient admin = fixtures.signIn(scene.district().admin());
        WebClient editor = fixtures.signIn(scene.district().editor());

        String accountPage = "/tables/" + scene.tableId() + "/members/" + memberId + "/account";
        assertThat(admin.open("/tables/" + scene.tableId()).select("a[href=" + accountPage + "]"))
                .isNotEmpty();
        assertThat(editor.open("/tables/" + scene.tableId()).select("a[href=" + accountPage + "]"))
                .isEmpty();
        assertThat(editor.get(accountPage).getResponse().getStatus()).isEqualTo(403);

        Document form = admin.open(accountPage);
        String suggested = address.substring(0, address.indexOf('@'));
        assertThat(form.select("input[name=username]").val()).isEqualTo(suggested);
        MvcResult taken = admin.submit(
                form, "main form", Map.of("username", scene.district().admin().username()));
        assertThat(html(taken).select(".field-error").text()).contains("è già in uso");

        MvcResult opened = admin.submit(form, "main form", Map.of());
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/tables/" + scene.tableId());
        assertThat(admin.open("/tables/" + scene.tableId()).text())
                .contains("Account " + suggested + " creato")
                .doesNotContain("Password provvisoria");
        assertThat(text(mail.awaitMessages(address, 1).get(0))).contains("Nome utente: " + suggested);
        // The representative now has an account: the page offers only the substitute.
        assertThat(admin.open(accountPage).select("input[value=REPRESENTATIVE]").attr("disabled"))
                .isNotNull();

        assertThat(new WebClient(mvc).get("/my/participation").getResponse().getRedirectedUrl())
                .endsWith("/login");

        long withoutAddress = fixtures.organization(scene.district(), "Ente " + Fixtures.unique());
        TableMemberView seat = scenario.editor(
                scene.district(),
                () -> membership.add(
                        scene.tableId(),
                        new MemberForm(
                                withoutAddress, "Senza Indirizzo", null, null, null, "", null, null, null, null)));
        Document nobody = admin.open("/tables/" + scene.tableId() + "/members/" + seat.id() + "/account");
        assertThat(nobody.select("main form")).isEmpty();
        assertThat(nobody.select(".alert-warning").text()).contains("non c’è nessuno a cui aprire un account");
    }

    private long seatOf(Scene scene, String address) {
        return scenario.editor(
                scene.district(),
                () -> membership.members(scene.tableId()).stream()
                        .filter(m -> address.equals(m.representative().email())
                                || (m.substitute() != null
                                        && address.equals(m.substitute().email())))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private String openFor(Scene scene, long memberId, String holder) {
        String username = username();
        fixtures.as(
                scene.district().admin().username(),
                () -> representativeAccounts.open(
                        scene.tableId(), memberId, RepresentativeEnrolment.Holder.valueOf(holder), username));
        return username;
    }

    private static String username() {
        return ("rep-" + Fixtures.unique()).toLowerCase(Locale.ROOT);
    }

    private static String body(String holder, String username) {
        return "{\"holder\":\"" + holder + "\",\"username\":\"" + username + "\"}";
    }

    private static String text(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}

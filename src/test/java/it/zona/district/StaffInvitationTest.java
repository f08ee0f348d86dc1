package it.zona.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.shared.RuleViolationException;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestMailServer;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * A District admin brings a person onto the staff by an invitation the person accepts: the admin's
 * answer and the staff page are the same whether the username exists or not, they never show an
 * existing account's own name or address, and only the invited account can take the role.
 */
@ZonaIntegrationTest
class StaffInvitationTest {

    private static final String STAFF = "/api/v1/districts/{slug}/staff";

    @Autowired
    Clock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRegistry accounts;

    @Autowired
    TestMailServer mail;

    @Autowired
    JdbcTemplate jdbc;

    /** An account of District A with its own name and address, which B's admin must never read. */
    private record Person(Staff staff, String name, String email) {}

    private Person personOf(TestDistrict district) {
        String username = "persona-" + Fixtures.unique();
        String name = "Nome Segreto " + username;
        String email = "segreto-" + username + "@example.org";
        fixtures.asPlatformAdmin(() -> accounts.grant(
                district.id(), new AccountRegistry.NewAccount(username, name, email), DistrictRole.VIEWER));
        jdbc.update(
                "update account set password_hash = (select password_hash from account where username = ?)"
                        + ", password_change_required = false where username = ?",
                district.viewer().username(),
                username);
        return new Person(new Staff(username, fixtures.token(username, Fixtures.PASSWORD)), name, email);
    }

    private String invite(TestDistrict district, String username, String email) throws Exception {
        return fixtures.api(district.admin())
                .put(
                        STAFF + "/{user}",
                        "{\"role\":\"EDITOR\",\"displayName\":\"Come Scritto\",\"email\":\"%s\"}".formatted(email),
                        district.slug(),
                        username)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long inviteId(TestDistrict district, String username) throws Exception {
        return StreamSupport.stream(
                        fixtures.api(district.admin())
                                .read(fixtures.api(district.admin()).get(STAFF + "/invitations", district.slug()))
                                .spliterator(),
                        false)
                .filter(i -> i.get("username").asString().equals(username))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    private static String text(ApiClient api, String path, Object... variables) throws Exception {
        return api.get(path, variables)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** What an answer says once the username and the invitation's own id and date are set aside. */
    private static String shape(String answer, String username) {
        return answer.replace(username, "USERNAME")
                .replaceAll("\"id\":\\d+", "\"id\":0")
                .replaceAll("\"expiresAt\":\"[^\"]+\"", "\"expiresAt\":\"\"");
    }

    @Test
    void theAnswerAndTheStaffPageAreTheSameWhetherTheUsernameExistsOrNot() throws Exception {
        TestDistrict a = fixtures.district();
        TestDistrict b = fixtures.district();
        Person person = personOf(a);
        String unknown = "sconosciuto-" + Fixtures.unique();
        String typed = "scritto-" + Fixtures.unique() + "@example.org";

        String existing = invite(b, person.staff().username(), typed);
        String created = invite(b, unknown, typed.replace("scritto", "altro"));

        assertThat(shape(existing, person.staff().username()))
                .isEqualTo(shape(created.replace("altro", "scritto"), unknown));
        WebClient admin = fixtures.signIn(b.admin());
        Document page = admin.open("/districts/" + b.slug() + "/staff");
        assertThat(page.select("section[aria-labelledby=invited] tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains(person.staff().username(), "Come Scritto", typed))
                .anySatisfy(row -> assertThat(row).contains(unknown, "Come Scritto"));
        // The same form, answered by the same redirect and message, for both.
        for (String username : new String[] {person.staff().username(), "nuovo-" + Fixtures.unique()}) {
            MvcResult answer = admin.submit(
                    admin.open("/districts/" + b.slug() + "/staff"),
                    "main form[action=/districts/" + b.slug() + "/staff]",
                    Map.of(
                            "username",
                            username,
                            "displayName",
                            "Tizio",
                            "email",
                            "t-" + Fixtures.unique() + "@example.org",
                            "role",
                            "VIEWER"));
            assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/districts/" + b.slug() + "/staff");
            assertThat(admin.open("/districts/" + b.slug() + "/staff")
                            .select("main .alert-success")
                            .text())
                    .isEqualTo(
                            "L’invito per «" + username + "» è stato registrato: avrà il ruolo quando lo accetterà.");
        }
    }

    @Test
    void anotherDistrictsAdminNeverSeesTheAccountsOwnNameOrAddressBeforeOrAfterAnswering() throws Exception {
        TestDistrict a = fixtures.district();
        TestDistrict b = fixtures.district();
        Person person = personOf(a);
        invite(b, person.staff().username(), "scritto-" + Fixtures.unique() + "@example.org");
        // The person is told at their own address, which only they read.
        assertThat(((String) mail.awaitMessages(person.email(), 1).get(0).getContent()))
                .contains(b.name());

        ApiClient admin = fixtures.api(b.admin());
        String seen = text(admin, STAFF, b.slug())
                + text(admin, STAFF + "/invitations", b.slug())
                + text(admin, "/api/v1/outbox")
                + fixtures.signIn(b.admin())
                        .open("/districts/" + b.slug() + "/staff")
                        .html()
                + fixtures.signIn(b.admin()).open("/outbox").html();
        assertThat(seen).doesNotContain(person.email()).doesNotContain(person.name());
        assertThat(StreamSupport.stream(admin.read(admin.get(STAFF, b.slug())).spliterator(), false)
                        .map(m -> m.get("username").asString()))
                .as("no role without consent")
                .doesNotContain(person.staff().username());
    }

    @Test
    void acceptingGivesTheRoleAndTheStaffListThenShowsTheMembersContacts() throws Exception {
        TestDistrict a = fixtures.district();
        TestDistrict b = fixtures.district();
        Person person = personOf(a);
        invite(b, person.staff().username(), "scritto-" + Fixtures.unique() + "@example.org");
        ApiClient invited = fixtures.api(person.staff());
        JsonNode mine = invited.read(invited.get("/api/v1/me/invitations"));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("district").get("slug").asString()).isEqualTo(b.slug());
        assertThat(mine.get(0).get("role").asString()).isEqualTo("EDITOR");

        WebClient browser = fixtures.signIn(person.staff().username(), Fixtures.PASSWORD);
        Document dashboard = browser.open("/dashboard");
        assertThat(dashboard.select("section[aria-labelledby=invitations]").text())
                .contains(b.name());
        browser.submit(dashboard, "main form[action$=/accept]", Map.of());

        assertThat(browser.open("/dashboard").select("main .alert-success").text())
                .contains(b.name());
        assertThat(invited.read(invited.get("/api/v1/me/invitations"))).isEmpty();
        ApiClient admin = fixtures.api(b.admin());
        admin.get(STAFF, b.slug())
                .andExpect(jsonPath("$[?(@.username == '%s')].role"
                                .formatted(person.staff().username()))
                        .value("EDITOR"))
                // Once accepted, the District the person works for knows how to reach them.
                .andExpect(jsonPath("$[?(@.username == '%s')].email"
                                .formatted(person.staff().username()))
                        .value(person.email()));
        assertThat(text(admin, STAFF + "/invitations", b.slug()))
                .doesNotContain(person.staff().username());
        // The role is real: the new editor writes in B.
        fixtures.api(person.staff())
                .get("/api/v1/districts/{slug}/organizations", b.slug())
                .andExpect(status().isOk());
    }

    @Test
    void decliningOrLettingItExpireGivesNothing() throws Exception {
        TestDistrict a = fixtures.district();
        TestDistrict b = fixtures.district();
        Person person = personOf(a);
        ApiClient invited = fixtures.api(person.staff());

        invite(b, person.staff().username(), "scritto-" + Fixtures.unique() + "@example.org");
        long declined = inviteId(b, person.staff().username());
        invited.post("/api/v1/me/invitations/" + declined + "/decline", "").andExpect(status().isNoContent());
        invited.post("/api/v1/me/invitations/" + declined + "/accept", "").andExpect(status().isConflict());

        invite(b, person.staff().username(), "scritto-" + Fixtures.unique() + "@example.org");
        long expired = inviteId(b, person.staff().username());
        jdbc.update(
                "update role_invitation set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now(clock).minus(Duration.ofMinutes(1))),
                expired);
        assertThat(invited.read(invited.get("/api/v1/me/invitations"))).isEmpty();
        invited.post("/api/v1/me/invitations/" + expired + "/accept", "").andExpect(status().isConflict());

        fixtures.api(person.staff())
                .get("/api/v1/districts/{slug}/organizations", b.slug())
                .andExpect(status().isForbidden());
        assertThat(text(fixtures.api(b.admin()), STAFF, b.slug()))
                .doesNotContain(person.staff().username());
    }

    @Test
    void theDistrictsAdminWithdrawsAPendingInvitationAfterConfirmingAndItCanNoLongerBeAccepted() throws Exception {
        TestDistrict a = fixtures.district();
        TestDistrict b = fixtures.district();
        Person person = personOf(a);
        ApiClient invited = fixtures.api(person.staff());

        // From the staff page, through a confirmation page.
        invite(b, person.staff().username(), "scritto-" + Fixtures.unique() + "@example.org");
        long onPage = inviteId(b, person.staff().username());
        WebClient browser = fixtures.signIn(b.admin());
        Document staff = browser.open("/districts/" + b.slug() + "/staff");
        String confirm =
                staff.select("a[href$=/invitations/" + onPage + "/withdraw]").attr("href");
        Document confirmation = browser.open(confirm);
        assertThat(confirmation.select("h1").text()).contains(person.staff().username());
        browser.submit(confirmation, "main form", Map.of());
        assertThat(browser.open("/districts/" + b.slug() + "/staff")
                        .select("main .alert-success")
                        .text())
                .isNotBlank();
        assertThat(invited.read(invited.get("/api/v1/me/invitations"))).isEmpty();
        invited.post("/api/v1/me/invitations/" + onPage + "/accept", "").andExpect(status().isConflict());

        // From the API; only B's admin may, and only once.
        invite(b, person.staff().username(), "scritto-" + Fixtures.unique() + "@example.org");
        long byApi = inviteId(b, person.staff().username());
        fixtures.api(a.admin())
                .delete(STAFF + "/invitations/{id}", b.slug(), byApi)
                .andExpect(status().isForbidden());
        fixtures.api(a.admin())
                .delete(STAFF + "/invitations/{id}", a.slug(), byApi)
                .andExpect(status().isNotFound());
        fixtures.api(b.editor())
                .delete(STAFF + "/invitations/{id}", b.slug(), byApi)
                .andExpect(status().isForbidden());
        assertThat(text(invited, "/api/v1/me/invitations")).contains(b.slug());
        fixtures.api(b.admin())
                .delete(STAFF + "/invitations/{id}", b.slug(), byApi)
                .andExpect(status().isNoContent());
        fixtures.api(b.admin())
                .delete(STAFF + "/invitations/{id}", b.slug(), byApi)
                .andExpect(status().isConflict());
        invited.post("/api/v1/me/invitations/" + byApi + "/accept", "").andExpect(status().isConflict());
        assertThat(text(fixtures.api(b.admin()), STAFF, b.slug()))
                .doesNotContain(person.staff().username());
    }

    @Test
    void onlyTheInvitedAccountSeesAndAnswersItsInvitation() throws Exception {
        TestDistrict a = fixtures.district();
        TestDistrict b = fixtures.district();
        Person person = personOf(a);
        invite(b, person.staff().username(), "scritto-" + Fixtures.unique() + "@example.org");
        long id = inviteId(b, person.staff().username());

        for (Staff other : new Staff[] {a.admin(), b.admin(), fixtures.platformAdmin()}) {
            ApiClient api = fixtures.api(other);
            assertThat(text(api, "/api/v1/me/invitations")).doesNotContain(b.slug());
            api.post("/api/v1/me/invitations/" + id + "/accept", "").andExpect(status().isNotFound());
        }
        for (Staff other : new Staff[] {a.admin(), b.admin()}) {
            WebClient browser = fixtures.signIn(other);
            assertThat(browser.open("/dashboard").select("section[aria-labelledby=invitations]"))
                    .isEmpty();
            MvcResult tried = browser.post("/my/invitations/" + id + "/accept", Map.of());
            assertThat(tried.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
        }
        fixtures.anonymousApi()
                .post("/api/v1/me/invitations/" + id + "/accept", "")
                .andExpect(status().isUnauthorized());
        // Still pending for its account, and nobody else took the role.
        assertThat(text(fixtures.api(person.staff()), "/api/v1/me/invitations")).contains(b.slug());
        assertThat(text(fixtures.api(b.admin()), STAFF, b.slug()))
                .doesNotContain(person.staff().username());
    }

    @Test
    void anAddressAlreadyUsedIsNotClaimedBySecondAccountWhateverItsCase() throws Exception {
        TestDistrict a = fixtures.district();
        TestDistrict b = fixtures.district();
        Person person = personOf(a);
        String shouted = person.email().toUpperCase(java.util.Locale.ROOT);

        assertThatThrownBy(() -> fixtures.asPlatformAdmin(() -> accounts.grant(
                        a.id(),
                        new AccountRegistry.NewAccount("doppio-" + Fixtures.unique(), "Doppio", shouted),
                        DistrictRole.VIEWER)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("error.account.emailTaken");
        // Behind the application's back too: the database's index refuses it.
        assertThatThrownBy(() -> jdbc.update(
                        "insert into account (username, display_name, email, password_hash) values (?, 'X', ?, 'x')",
                        "doppio-" + Fixtures.unique(),
                        shouted))
                .isInstanceOf(DataIntegrityViolationException.class);
        // Invited under a new username with that address: the admin's answer is the usual one, but no
        // account is made for the address, and no mail tells its holder's password to anyone.
        String newcomer = "doppio-" + Fixtures.unique();
        invite(b, newcomer, shouted);
        assertThat(fixtures.asPlatformAdmin(() -> accounts.exists(newcomer))).isFalse();
        mail.assertNothingArrives(shouted, Duration.ofMillis(300));
    }
}

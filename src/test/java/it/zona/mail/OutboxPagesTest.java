package it.zona.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestMailServer;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reads the outbox: a platform admin every message, a District admin those of their Districts,
 * nobody else any; on the pages and through the API.
 */
@ZonaIntegrationTest
class OutboxPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailer mailer;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMailServer smtp;

    @Autowired
    OutboxMessages messages;

    private TestDistrict district;
    private TestDistrict other;
    private String subject;
    private long id;

    @BeforeEach
    void aMailOfTheDistrict() {
        district = fixtures.district();
        other = fixtures.district();
        subject = "Convocazione " + Fixtures.unique();
        String to = "outbox-" + Fixtures.unique() + "@example.org";
        mailer.send(Mail.of(district.id(), to, subject, "Testo della convocazione.")
                .withCalendar(new CalendarPart("REQUEST", "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n")));
        smtp.awaitMessages(to, 1);
        id = messages.findAll().stream()
                .filter(m -> m.subject().equals(subject))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aPlatformAdminReadsEveryMessage() {
        WebClient admin = fixtures.signIn(Fixtures.PLATFORM_ADMIN, Fixtures.DEMO_PASSWORD);

        Document list = admin.open("/outbox");
        assertThat(list.select("main table").text()).contains(subject);
        assertThat(list.select("main h1").text()).isEqualTo("Posta in uscita");
        assertThat(list.text()).doesNotContain("Nessun server di posta configurato");

        Document one = admin.open("/outbox/" + id);
        assertThat(one.select("main h1").text()).isEqualTo(subject);
        assertThat(one.select("main pre").eachText()).contains("Testo della convocazione.");
        assertThat(one.select("main pre").text()).contains("METHOD:REQUEST");
    }

    @Test
    void theDistrictAdminReadsTheDistrictsMessagesAndFiltersThemByStatus() {
        WebClient admin = fixtures.signIn(district.admin());

        assertThat(admin.open("/outbox").select("main table").text()).contains(subject);
        assertThat(admin.open("/outbox?status=SENT").select("main table").text())
                .contains(subject);
        Document failed = admin.open("/outbox?status=FAILED");
        assertThat(failed.select("main table")).isEmpty();
        assertThat(failed.select("main").text()).contains("Nessun messaggio.");
        assertThat(admin.open("/outbox/" + id).select("main h1").text()).isEqualTo(subject);
    }

    @Test
    void theAdminOfAnotherDistrictNeitherSeesNorFindsTheMessage() {
        WebClient admin = fixtures.signIn(other.admin());

        assertThat(admin.open("/outbox").text()).doesNotContain(subject);
        assertThat(admin.get("/outbox/" + id).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void editorsViewersAndPeopleWithoutRolesAreRefused() {
        for (Fixtures.Staff staff : List.of(district.editor(), district.viewer(), fixtures.accountWithoutRoles())) {
            WebClient browser = fixtures.signIn(staff);
            assertThat(browser.get("/outbox").getResponse().getStatus())
                    .as(staff.username())
                    .isEqualTo(403);
            assertThat(browser.get("/outbox/" + id).getResponse().getStatus())
                    .as(staff.username())
                    .isEqualTo(403);
        }
    }

    @Test
    void anonymousVisitorsAreAskedToSignIn() {
        WebClient anonymous = new WebClient(mvc);

        assertThat(anonymous.get("/outbox").getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(anonymous.get("/outbox/" + id).getResponse().getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void theApiAppliesTheSameRule() throws Exception {
        fixtures.api(fixtures.platformAdmin())
                .get("/api/v1/outbox")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].subject").value(hasItem(subject)));
        fixtures.api(district.admin())
                .get("/api/v1/outbox?status=SENT")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].subject").value(subject))
                .andExpect(jsonPath("$.items[0].calendarMethod").value("REQUEST"));
        fixtures.api(other.admin())
                .get("/api/v1/outbox")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        fixtures.api(district.editor())
                .get("/api/v1/outbox")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        fixtures.anonymousApi()
                .get("/api/v1/outbox")
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}

package it.zona.participation.minutes;

import static it.zona.participation.meetings.MeetingScenario.today;
import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.participation.meetings.MeetingScenario;
import it.zona.participation.meetings.MeetingScenario.Scene;
import it.zona.participation.meetings.MeetingView;
import it.zona.support.Fixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The minutes as people use them in a browser without JavaScript: the office, a member, the public. */
@ZonaIntegrationTest
@Import({MeetingScenario.class, MinutesScenario.class})
class MinutesPagesTest {

    @Autowired
    MinutesScenario scenario;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void theOfficeWritesCirculatesAndApprovesTheMinutesAMemberRemarksAndThePublicReadsThem() {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 20);
        MeetingView later = scenario.held(scene, 5);
        WebClient office = fixtures.signIn(scene.district().editor());
        WebClient anonymous = new WebClient(mvc);

        Document meetingPage = office.open("/meetings/" + minuted.id());
        assertThat(meetingPage.select("a[href$=/minutes/new]")).hasSize(1);

        Document empty = html(office.submit(
                office.open("/meetings/" + minuted.id() + "/minutes/new"), "main form", Map.of("body", "")));
        assertThat(empty.select("#body-error").text()).isNotBlank();

        MvcResult saved = office.submit(
                office.open("/meetings/" + minuted.id() + "/minutes/new"),
                "main form",
                Map.of(
                        "body", "Si è discusso di **povertà educativa**.\n\n<script>alert(1)</script>",
                        "decisions[0]", "Avviare il doposcuola"));
        String minutesPath = saved.getResponse().getRedirectedUrl();
        assertThat(minutesPath).startsWith("/minutes/");
        Document draft = office.open(minutesPath);
        assertThat(draft.select("main .minutes-body strong").text()).isEqualTo("povertà educativa");
        assertThat(draft.select("main script")).isEmpty();
        assertThat(draft.select("main ol li").text()).contains("Avviare il doposcuola");
        assertThat(anonymous.get(minutesPath).getResponse().getStatus()).isEqualTo(404);

        office.submit(
                office.open(minutesPath + "/circulate"),
                "main form",
                Map.of("remarksUntil", today().plusDays(7).toString()));

        WebClient member = fixtures.signIn(scenario.account(scene.addresses().get(0)));
        Document forMember = member.open(minutesPath);
        MvcResult remarked = member.submit(forMember, "#remarks form", Map.of("text", "Aggiungere i dati del Comune."));
        assertThat(remarked.getResponse().getRedirectedUrl()).contains(minutesPath);
        assertThat(member.open(minutesPath).select("#remarks").text()).contains("Aggiungere i dati del Comune.");

        Document approveForm = office.open(minutesPath + "/approve");
        assertThat(approveForm.select("main .alert-warning").text()).isNotBlank();
        Document refused = html(office.submit(approveForm, "main form", Map.of()));
        assertThat(refused.select("#meetingId-error").text()).isNotBlank();
        office.submit(
                office.open(minutesPath + "/approve"), "main form", Map.of("meetingId", String.valueOf(later.id())));

        Document published = anonymous.open(minutesPath);
        assertThat(published.select("main").text()).contains("povertà educativa", "Approvato");
        assertThat(anonymous.open("/tables/" + scene.tableId()).select("a[href=" + minutesPath + "]"))
                .hasSize(1);
        MvcResult pdf = anonymous.get(minutesPath + ".pdf");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");

        MvcResult corrected = office.post(minutesPath + "/corrections", Map.of());
        assertThat(corrected.getResponse().getRedirectedUrl()).endsWith("/edit").isNotEqualTo(minutesPath + "/edit");
    }
}

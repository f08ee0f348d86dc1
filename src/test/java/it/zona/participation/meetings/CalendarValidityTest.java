package it.zona.participation.meetings;

import static it.zona.participation.meetings.MeetingScenario.form;
import static it.zona.participation.meetings.MeetingScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.participation.meetings.MeetingScenario.Scene;
import it.zona.plan.PlanForm;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.support.TestMailServer;
import it.zona.support.ZonaIntegrationTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The feeds and the invitations are what RFC 5545 readers other than ical4j accept: ical4j's own
 * validator finds no error, and each event carries exactly one DTSTAMP (python-icalendar refuses a
 * second one).
 */
@ZonaIntegrationTest
@Import(MeetingScenario.class)
class CalendarValidityTest {

    @Autowired
    MeetingScenario scenario;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    PlanRegistry plans;

    @Autowired
    TestMailServer smtp;

    @Autowired
    MockMvc mvc;

    @Test
    void theFeedsAreValidWithOneDtstampAndAnOrganizerPerEvent() throws Exception {
        Scene scene = scenario.scene(0);
        MeetingView one = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(), form("Uno", today().plusDays(3), LocalTime.of(9, 0), LocalTime.of(10, 0))));
        scenario.editor(
                scene.district(),
                () -> meetings.schedulePlenary(
                        scene.planId(),
                        form("Plenaria", today().plusDays(9), LocalTime.of(9, 0), LocalTime.of(10, 0))));
        scenario.editor(scene.district(), () -> meetings.cancel(one.id()));

        for (String address :
                List.of("/calendar/plans/" + scene.planId() + ".ics", "/calendar/tables/" + scene.tableId() + ".ics")) {
            String text = mvc.perform(get(address))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            Calendar feed = valid(text);
            List<VEvent> events = feed.getComponents("VEVENT");
            assertThat(events).isNotEmpty();
            for (VEvent event : events) {
                assertThat(event.getProperties(Property.ORGANIZER)).hasSize(1);
                assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                        .startsWith("mailto:");
            }
        }
    }

    @Test
    void thePlansDeadlineForTheActsIsAnAllDayEventOfItsFeed() throws Exception {
        Scene scene = scenario.scene(0);
        LocalDate deadline = today().plusMonths(2);
        scenario.editor(scene.district(), () -> {
            PlanView plan = plans.view(scene.planId());
            PlanForm form = plan.toForm();
            return plans.update(
                    scene.planId(),
                    new PlanForm(
                            form.title(),
                            form.firstYear(),
                            form.lastYear(),
                            form.previousPlanId(),
                            form.launchDate(),
                            form.launchTime(),
                            form.launchPlace(),
                            form.launchDescription(),
                            deadline,
                            form.version()),
                    plan.version(),
                    null);
        });

        String text = mvc.perform(get("/calendar/plans/" + scene.planId() + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Calendar feed = valid(text);
        VEvent event = feed.<VEvent>getComponents("VEVENT").stream()
                .filter(e ->
                        e.getProperty(Property.UID).orElseThrow().getValue().startsWith("plan-" + scene.planId()))
                .findFirst()
                .orElseThrow();
        assertThat(text).contains("DTSTART;VALUE=DATE:" + deadline.toString().replace("-", ""));
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains("atti");

        // a table's feed does not repeat the plan's deadline
        String table = mvc.perform(get("/calendar/tables/" + scene.tableId() + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(table).doesNotContain("VALUE=DATE:");
    }

    @Test
    void invitationsAndCancellationsAreValidWithOneDtstamp() throws Exception {
        Scene scene = scenario.scene(1);
        MeetingView meeting = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form("Convocazione", today().plusDays(14), LocalTime.of(17, 0), LocalTime.of(19, 0))));
        scenario.editor(scene.district(), () -> meetings.cancel(meeting.id()));
        String address = scene.addresses().get(0);
        for (var message : smtp.awaitMessages(address, 2)) {
            Calendar calendar = CalendarInvitationTest.calendarOf(message);
            assertThat(calendar.validate(true).hasErrors())
                    .as(calendar.validate(true).toString())
                    .isFalse();
            assertOneDtstampPerComponent(calendar.toString());
        }
    }

    /** Parses the text, runs ical4j's RFC 5545 validator on it and counts the DTSTAMPs. */
    static Calendar valid(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        ValidationResult result = calendar.validate(true);
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        assertOneDtstampPerComponent(text);
        return calendar;
    }

    /** Counted on the text, as a reader sees it: ical4j's model would hide a duplicate. */
    static void assertOneDtstampPerComponent(String text) {
        Matcher events =
                Pattern.compile("BEGIN:VEVENT(.*?)END:VEVENT", Pattern.DOTALL).matcher(text);
        int found = 0;
        while (events.find()) {
            found++;
            assertThat(Pattern.compile("^DTSTAMP[:;]", Pattern.MULTILINE)
                            .matcher(events.group(1))
                            .results()
                            .count())
                    .as("DTSTAMP lines in %s", events.group(1))
                    .isEqualTo(1);
        }
        assertThat(found).isPositive();
    }
}

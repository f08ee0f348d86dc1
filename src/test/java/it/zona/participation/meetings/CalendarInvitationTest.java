package it.zona.participation.meetings;

import static it.zona.participation.meetings.MeetingScenario.form;
import static it.zona.participation.meetings.MeetingScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.participation.meetings.MeetingScenario.Scene;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableRegistry;
import it.zona.support.TestMailServer;
import it.zona.support.ZonaIntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ZonaIntegrationTest
@Import(MeetingScenario.class)
class CalendarInvitationTest {

    @Autowired
    MeetingScenario scenario;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    TestMailServer smtp;

    @Autowired
    MockMvc mvc;

    @Test
    void membersGetAnInvitationThenTheUpdateThenTheCancellation() throws Exception {
        Scene scene = scenario.scene(2);
        MeetingView meeting = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form("Convocazione", today().plusDays(14), LocalTime.of(17, 0), LocalTime.of(19, 0))));

        String uid = null;
        for (String address : scene.addresses()) {
            List<MimeMessage> received = smtp.awaitMessages(address, 1);
            assertThat(received).hasSize(1);
            Calendar invitation = calendarOf(received.get(0));
            assertThat(value(invitation, Property.METHOD)).isEqualTo("REQUEST");
            VTimeZone zone = invitation.<VTimeZone>getComponents("VTIMEZONE").get(0);
            assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Rome");
            VEvent event = event(invitation);
            assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                    .isEqualTo("0");
            assertThat(event.getProperty(Property.DTSTART)
                            .orElseThrow()
                            .getParameter("TZID")
                            .orElseThrow()
                            .getValue())
                    .isEqualTo("Europe/Rome");
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .contains("Convocazione");
            assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                    .contains("1. Apertura");
            assertThat(event.getProperties(Property.ATTENDEE))
                    .hasSize(scene.addresses().size());
            String eventUid = event.getProperty(Property.UID).orElseThrow().getValue();
            assertThat(eventUid).isEqualTo("meeting-" + meeting.id() + "@localhost");
            uid = eventUid;
        }

        scenario.editor(
                scene.district(),
                () -> meetings.move(
                        meeting.id(),
                        new MoveForm(today().plusDays(21), LocalTime.of(10, 0), LocalTime.of(12, 0), null),
                        meeting.version()));
        String first = scene.addresses().get(0);
        VEvent moved = event(calendarOf(smtp.awaitMessages(first, 2).get(1)));
        assertThat(moved.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
        assertThat(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("1");

        scenario.editor(scene.district(), () -> meetings.cancel(meeting.id()));
        Calendar cancellation = calendarOf(smtp.awaitMessages(first, 3).get(2));
        assertThat(value(cancellation, Property.METHOD)).isEqualTo("CANCEL");
        VEvent cancelled = event(cancellation);
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
        assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("2");
        assertThat(smtp.receivedBy(first)).hasSize(3);
    }

    @Test
    void aPlenaryInvitesTheMembersOfEveryTableOnce() {
        Scene scene = scenario.scene(1);
        // the same organisation (same addresses) also sits at a second table of the plan
        long second = scenario.editor(scene.district(), () -> {
            TableRegistry tables = this.tables;
            long area = tables.areas(scene.planId()).get(0).id();
            return tables.create(
                            scene.planId(),
                            new TableForm(
                                    "Secondo " + it.zona.support.Fixtures.unique(),
                                    TableKind.PERMANENT,
                                    null,
                                    List.of(area),
                                    null,
                                    null))
                    .id();
        });
        scenario.seat(
                scene.district(),
                second,
                scene.organizations().get(0),
                scene.addresses().get(0).toUpperCase(),
                scene.addresses().get(1),
                today().minusDays(1));
        scenario.editor(
                scene.district(),
                () -> meetings.schedulePlenary(
                        scene.planId(),
                        form("Plenaria", today().plusDays(30), LocalTime.of(17, 0), LocalTime.of(19, 0))));
        for (String address : scene.addresses()) {
            smtp.awaitMessages(address, 1);
        }
        smtp.assertNothingArrives("nobody@example.org", java.time.Duration.ofMillis(300));
        for (String address : scene.addresses()) {
            assertThat(smtp.receivedBy(address)).hasSize(1);
        }
    }

    @Autowired
    TableRegistry tables;

    @Test
    void theFeedsHoldEveryMeetingCancelledOnesIncluded() throws Exception {
        Scene scene = scenario.scene(0);
        MeetingView one = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(), form("Uno", today().plusDays(3), LocalTime.of(9, 0), LocalTime.of(10, 0))));
        MeetingView two = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(), form("Due", today().minusDays(3), LocalTime.of(9, 0), LocalTime.of(10, 0))));
        MeetingView plenary = scenario.editor(
                scene.district(),
                () -> meetings.schedulePlenary(
                        scene.planId(),
                        form("Plenaria", today().plusDays(9), LocalTime.of(9, 0), LocalTime.of(10, 0))));
        scenario.editor(scene.district(), () -> meetings.cancel(one.id()));

        MvcResult planFeed = mvc.perform(get("/calendar/plans/" + scene.planId() + ".ics"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(planFeed.getResponse().getContentType())
                .startsWith("text/calendar")
                .containsIgnoringCase("charset=utf-8");
        Calendar calendar = new CalendarBuilder()
                .build(new StringReader(planFeed.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events)
                .extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactlyInAnyOrder(
                        "meeting-" + one.id() + "@localhost",
                        "meeting-" + two.id() + "@localhost",
                        "meeting-" + plenary.id() + "@localhost");
        assertThat(events)
                .filteredOn(e ->
                        e.getProperty(Property.UID).orElseThrow().getValue().startsWith("meeting-" + one.id() + "@"))
                .singleElement()
                .satisfies(e -> assertThat(
                                e.getProperty(Property.STATUS).orElseThrow().getValue())
                        .isEqualTo("CANCELLED"));

        String etag = planFeed.getResponse().getHeader("ETag");
        mvc.perform(get("/calendar/plans/" + scene.planId() + ".ics").header("If-None-Match", etag))
                .andExpect(status().isNotModified());

        MvcResult tableFeed = mvc.perform(get("/calendar/tables/" + scene.tableId() + ".ics"))
                .andExpect(status().isOk())
                .andReturn();
        Calendar table = new CalendarBuilder()
                .build(new StringReader(tableFeed.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        assertThat(table.getComponents("VEVENT")).hasSize(2);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** The text/calendar alternative of the message, parsed. */
    static Calendar calendarOf(MimeMessage message) throws Exception {
        Part part = find(message);
        assertThat(part).as("a text/calendar part").isNotNull();
        try (InputStream in = part.getInputStream()) {
            return new CalendarBuilder().build(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    private static Part find(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

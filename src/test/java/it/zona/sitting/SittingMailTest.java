package it.zona.sitting;

import static it.zona.support.Pdfs.assertPdfA;
import static it.zona.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.Fixtures;
import it.zona.support.TestCalendar;
import it.zona.support.TestMailServer;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.ObjectNode;

/**
 * The convocation reaches every member at the PEC, or at the e-mail without one, with an iCalendar
 * invitation (REQUEST, one UID, a SEQUENCE that grows with each change, then CANCEL) and the agenda
 * as PDF/A; a member with no address is named on the office's page of the sitting, not dropped.
 */
@ZonaIntegrationTest
class SittingMailTest {

    private static final DateTimeFormatter ICAL_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestMailServer smtp;

    @Autowired
    MockMvc mvc;

    private SittingBoard board() throws Exception {
        String id = Fixtures.unique();
        return new SittingBoard(
                fixtures,
                new String[] {"sindaco-" + id + "@pec.example.org", "sindaco-" + id + "@example.org"},
                new String[] {null, "assessora-" + id + "@example.org"},
                new String[] {null, null});
    }

    @Test
    void everyMemberWithAnAddressGetsTheInvitationAndTheAgendaThenTheChangeThenTheCancellation() throws Exception {
        SittingBoard board = board();
        SittingBoard.Member byPec = board.members.get(0);
        SittingBoard.Member byMail = board.members.get(1);
        LocalDate day = TestCalendar.today().plusDays(10);
        long sitting = board.convene(day, "Bilancio di previsione", "Regolamento del servizio");

        String uid = "sitting-" + sitting + "@localhost";
        for (String address : List.of(byPec.pec(), byMail.email())) {
            MimeMessage received = smtp.awaitMessages(address, 1).get(0);
            assertThat(received.getSubject()).startsWith("Convocazione: Coordinamento");
            VEvent event = invitation(received, "REQUEST");
            assertThat(value(event, Property.UID)).isEqualTo(uid);
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
            Property start = event.getProperty(Property.DTSTART).orElseThrow();
            assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Rome");
            assertThat(start.getValue()).isEqualTo(day.atTime(16, 0).format(ICAL_LOCAL));
            assertThat(value(event, Property.LOCATION)).isEqualTo("Sala consiliare");
            assertThat(value(event, Property.DESCRIPTION))
                    .contains("Seconda convocazione: "
                            + day.plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ", ore 17:30")
                    .contains("1. Bilancio di previsione", "2. Regolamento del servizio");
            assertThat(event.getProperties(Property.ATTENDEE)).hasSize(2);
            byte[] agenda = attachment(received, "application/pdf");
            assertPdfA(agenda);
            assertThat(text(agenda)).contains("Bilancio di previsione", "Regolamento del servizio", "Sala consiliare");
        }
        // The PEC wins over the e-mail of the same member.
        smtp.assertNothingArrives(byPec.email(), Duration.ofMillis(300));

        // The office is told whom the convocation did not reach; the public is not.
        WebClient office = fixtures.signIn(board.district.editor());
        String page = office.open("/sittings/" + sitting).text();
        assertThat(page).contains("Non raggiunti", board.members.get(2).name());
        assertThat(new WebClient(mvc).open("/sittings/" + sitting).text())
                .doesNotContain("Non raggiunti", board.members.get(2).name());

        ObjectNode changed = (ObjectNode) board.sitting(sitting);
        changed.put("place", "Sala giunta");
        board.editor.put("/api/v1/sittings/{id}", changed.toString(), sitting).andExpect(status().isOk());
        MimeMessage update = smtp.awaitMessages(byPec.pec(), 2).get(1);
        assertThat(update.getSubject()).startsWith("Convocazione modificata");
        VEvent moved = invitation(update, "REQUEST");
        assertThat(value(moved, Property.UID)).isEqualTo(uid);
        assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(moved, Property.LOCATION)).isEqualTo("Sala giunta");

        board.editor
                .postWithHeader(
                        "/api/v1/sittings/{id}/cancellation",
                        "",
                        HttpHeaders.IF_MATCH,
                        "\"" + board.version(sitting) + "\"",
                        sitting)
                .andExpect(status().isOk());
        MimeMessage cancellation = smtp.awaitMessages(byMail.email(), 3).get(2);
        assertThat(cancellation.getSubject()).startsWith("Seduta annullata");
        VEvent cancelled = invitation(cancellation, "CANCEL");
        assertThat(value(cancelled, Property.UID)).isEqualTo(uid);
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(attachments(cancellation, "application/pdf")).isEmpty();
        assertThat(smtp.receivedBy(byPec.pec())).hasSize(3);
    }

    @Test
    void anyoneFetchesTheAgendaAsPdfAAndTheSittingAsACalendarEntryOfTheLastSequence() throws Exception {
        SittingBoard board = board();
        long sitting = board.convene(TestCalendar.today().plusDays(5), "Bilancio di previsione");
        ObjectNode changed = (ObjectNode) board.sitting(sitting);
        changed.put("startTime", "10:00");
        board.editor.put("/api/v1/sittings/{id}", changed.toString(), sitting).andExpect(status().isOk());

        byte[] agenda = fixtures.anonymousApi()
                .get("/api/v1/sittings/{id}/agenda", sitting)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertPdfA(agenda);
        assertThat(text(agenda)).contains("Convocazione e ordine del giorno", "ore 10:00", "Bilancio di previsione");

        String ics = fixtures.anonymousApi()
                .get("/api/v1/sittings/{id}/calendar", sitting)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Calendar entry = new CalendarBuilder().build(new StringReader(ics));
        assertThat(entry.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(entry.validate(true).hasErrors())
                .as(entry.validate(true).toString())
                .isFalse();
        VEvent event = entry.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.UID)).isEqualTo("sitting-" + sitting + "@localhost");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void aSittingRecordedAfterItsDayConvenesNobody() throws Exception {
        SittingBoard board = board();
        board.convene(TestCalendar.today().minusDays(3), "Bilancio");
        smtp.assertNothingArrives(board.members.get(0).pec(), Duration.ofSeconds(1));
        assertThat(smtp.receivedBy(board.members.get(1).email())).isEmpty();
    }

    // ---- helpers ----

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** The message's text/calendar alternative, with the METHOD expected, and its one event. */
    private static VEvent invitation(MimeMessage message, String method) throws Exception {
        List<Part> calendars = parts(message, "text/calendar");
        assertThat(calendars).hasSize(1);
        assertThat(calendars.get(0).getContentType()).containsIgnoringCase("method=" + method);
        Calendar calendar;
        try (InputStream in = calendars.get(0).getInputStream()) {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(in.readAllBytes()));
        }
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo(method);
        net.fortuna.ical4j.validate.ValidationResult valid = calendar.validate(true);
        assertThat(valid.hasErrors()).as(valid.toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static byte[] attachment(MimeMessage message, String type) throws Exception {
        List<byte[]> found = attachments(message, type);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<byte[]> attachments(MimeMessage message, String type) throws Exception {
        List<byte[]> found = new ArrayList<>();
        for (Part part : parts(message, type)) {
            assertThat(part.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
            try (InputStream in = part.getInputStream()) {
                found.add(in.readAllBytes());
            }
        }
        return found;
    }

    private static List<Part> parts(Part part, String type) throws Exception {
        List<Part> found = new ArrayList<>();
        if (part.isMimeType(type)) {
            found.add(part);
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                found.addAll(parts(child, type));
            }
        }
        return found;
    }
}

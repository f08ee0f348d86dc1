package it.zona.participation.meetings;

import static it.zona.participation.meetings.MeetingScenario.form;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.participation.meetings.MeetingScenario.Scene;
import it.zona.shared.PlatformConfig;
import it.zona.support.TestMailServer;
import it.zona.support.ZonaIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The reminder goes once: running the job again (as after a restart) sends nothing more, and moving
 * the meeting lets it go again for the new date.
 */
@ZonaIntegrationTest
@Import(MeetingScenario.class)
class MeetingReminderTest {

    @Autowired
    Clock clock;

    @Autowired
    MeetingScenario scenario;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    MeetingReminderJob reminders;

    @Autowired
    TestMailServer smtp;

    @Test
    void theReminderGoesOutOnceEvenIfTheJobRunsAgain() {
        Scene scene = scenario.scene(2);
        // In a few hours (not crossing into a day outside the plan): within the next 24 hours.
        LocalDateTime start = LocalDateTime.now(clock.withZone(PlatformConfig.ZONE))
                .plusHours(3)
                .withSecond(0)
                .withNano(0);
        LocalTime end = start.toLocalTime().isAfter(LocalTime.of(22, 0))
                ? LocalTime.of(23, 59)
                : start.toLocalTime().plusHours(1);
        MeetingView soon = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(), form("Domani", start.toLocalDate(), start.toLocalTime(), end)));
        // the invitation arrives first
        for (String address : scene.addresses()) {
            smtp.awaitMessages(address, 1);
        }

        reminders.remind();
        reminders.remind();

        for (String address : scene.addresses()) {
            List<MimeMessage> received = smtp.awaitMessages(address, 2);
            assertThat(received).hasSize(2);
        }
        smtp.assertNothingArrives("nobody-" + soon.id() + "@example.org", Duration.ofMillis(500));
        for (String address : scene.addresses()) {
            assertThat(smtp.receivedBy(address))
                    .as("one invitation and one reminder for " + address)
                    .hasSize(2)
                    .filteredOn(m -> subject(m).startsWith("Promemoria"))
                    .hasSize(1);
        }
        assertThat(meetings.find(soon.id()).reminderSentAt()).isNotNull();
    }

    @Test
    void aMeetingFurtherAwayIsNotRemindedYet() {
        Scene scene = scenario.scene(1);
        MeetingView later = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form(
                                "Più avanti",
                                MeetingScenario.today().plusDays(3),
                                LocalTime.of(9, 0),
                                LocalTime.of(10, 0))));
        reminders.remind();
        assertThat(meetings.find(later.id()).reminderSentAt()).isNull();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

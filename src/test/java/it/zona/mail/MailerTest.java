package it.zona.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import it.zona.support.Fixtures;
import it.zona.support.TestMailServer;
import it.zona.support.ZonaIntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail goes to the outbox in the sender's transaction and to the SMTP server (GreenMail) after
 * commit; failures are retried, and without a server mail is held.
 */
@ZonaIntegrationTest
class MailerTest {

    private static final String INVITATION = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Zona//Test//IT\r
            METHOD:REQUEST\r
            BEGIN:VEVENT\r
            UID:tavolo-1@zona.invalid\r
            DTSTAMP:20260105T090000Z\r
            DTSTART:20260120T090000Z\r
            SUMMARY:Tavolo tematico: città e comunità\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @Autowired
    Mailer mailer;

    @Autowired
    TestMailServer smtp;

    @Autowired
    OutboxMessages messages;

    @Autowired
    Delivery delivery;

    @Autowired
    OutboxJobs jobs;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Test
    void aMailSentInATransactionArrivesAfterCommitInUtf8() throws Exception {
        String to = address();

        inTransaction(() -> {
            mailer.send(Mail.of(null, to, "Perché è già ora: caffè in città", "Gentilissimi,\nà è é ì ò ù — €"));
            assertThat(smtp.receivedBy(to)).as("nothing leaves before commit").isEmpty();
            return null;
        });

        MimeMessage received = smtp.awaitMessages(to, 1).get(0);
        assertThat(received.getSubject()).isEqualTo("Perché è già ora: caffè in città");
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        // SMTP carries lines ending in CRLF.
        assertThat(((String) received.getContent()).replace("\r\n", "\n").strip())
                .isEqualTo("Gentilissimi,\nà è é ì ò ù — €");
        assertThat(received.getFrom()[0].toString()).isEqualTo("noreply@zona.invalid");
        OutboxMessage stored = eventually(() -> only(to), m -> m.status() == OutboxStatus.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
    }

    @Test
    void nothingIsSentWhenTheTransactionRollsBack() {
        String to = address();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            mailer.send(Mail.of(null, to, "Mai spedita", "Questa modifica non c’è stata."));
            status.setRollbackOnly();
        });

        smtp.assertNothingArrives(to, Duration.ofSeconds(1));
        assertThat(stored(to)).isEmpty();
    }

    @Test
    void anInvitationIsTextAndCalendarAsAlternativesWithAnIcsAttachment() throws Exception {
        String to = address();

        mailer.send(Mail.of(7L, to, "Convocazione", "Siete convocati.")
                .withCalendar(new CalendarPart("REQUEST", INVITATION)));

        MimeMessage received = smtp.awaitMessages(to, 1).get(0);
        assertThat(received.getContentType()).startsWithIgnoringCase("multipart/mixed");
        List<Part> parts = leaves(received);
        Part alternative = ((Multipart) received.getContent()).getBodyPart(0);
        assertThat(alternative.getContentType()).startsWithIgnoringCase("multipart/alternative");
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).getContentType())
                .startsWithIgnoringCase("text/plain")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(parts.get(0).getContent().toString().strip()).isEqualTo("Siete convocati.");
        Part calendar = parts.get(1);
        assertThat(calendar.getContentType())
                .startsWithIgnoringCase("text/calendar")
                .containsIgnoringCase("charset=UTF-8")
                .containsIgnoringCase("method=REQUEST");
        assertThat(text(calendar)).isEqualTo(INVITATION);
        Part attachment = parts.get(2);
        assertThat(attachment.getContentType()).startsWithIgnoringCase("application/ics");
        assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(text(attachment)).isEqualTo(INVITATION);
        assertThat(text(attachment)).contains("città e comunità");
    }

    @Test
    void aFileGoesAsAnAttachmentOfItsOwnAfterTheInvitation() throws Exception {
        String to = address();
        byte[] pdf = "%PDF-1.7 ordine del giorno".getBytes(StandardCharsets.US_ASCII);

        mailer.send(Mail.of(7L, to, "Convocazione", "Siete convocati.")
                .withCalendar(new CalendarPart("REQUEST", INVITATION))
                .withAttachment(new Attachment("ordine-del-giorno.pdf", "application/pdf", pdf)));

        List<Part> parts = leaves(smtp.awaitMessages(to, 1).get(0));
        assertThat(parts).hasSize(4);
        assertThat(parts.get(1).getContentType()).startsWithIgnoringCase("text/calendar");
        assertThat(parts.get(2).getFileName()).isEqualTo("invite.ics");
        Part file = parts.get(3);
        assertThat(file.getContentType()).startsWithIgnoringCase("application/pdf");
        assertThat(file.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("ordine-del-giorno.pdf");
        try (InputStream in = file.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(only(to).view().attachments()).containsExactly("ordine-del-giorno.pdf");
    }

    @Test
    void aMailTheServerCannotTakeFailsAndTheRetryJobSendsItLater() throws Exception {
        String to = address();
        long id = queuedWithoutSending(Mail.of(null, to, "Riprova", "Seconda volta."));

        unreachableServer().deliver(id);

        OutboxMessageView failed = messages.findById(id).orElseThrow().view();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastAttemptAt()).isNotNull();
        assertThat(failed.lastError())
                .contains("Connect")
                .doesNotContain("\n", "\tat ")
                .hasSizeLessThanOrEqualTo(OutboxMessage.MAX_ERROR);
        assertThat(smtp.receivedBy(to)).isEmpty();

        delivery.retry(clock.instant().plusSeconds(1));

        assertThat(smtp.awaitMessages(to, 1).get(0).getSubject()).isEqualTo("Riprova");
        OutboxMessageView sent = messages.findById(id).orElseThrow().view();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void aMailIsTriedFiveTimesAtMost() {
        String to = address();
        long id = queuedWithoutSending(Mail.of(null, to, "Mai", "Il server non risponde."));
        Delivery unreachable = unreachableServer();
        for (int attempt = 0; attempt < Delivery.MAX_ATTEMPTS; attempt++) {
            unreachable.deliver(id);
        }

        delivery.retry(clock.instant().plusSeconds(1));

        OutboxMessage message = messages.findById(id).orElseThrow();
        assertThat(message.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(Delivery.MAX_ATTEMPTS);
        assertThat(smtp.receivedBy(to)).isEmpty();
    }

    @Test
    void withoutAnSmtpServerMailIsHeldInTheOutbox() {
        String to = address();
        long id = queuedWithoutSending(Mail.of(null, to, "Trattenuta", "Resta qui."));
        Delivery withoutServer = new Delivery(
                messages, Optional.empty(), Runnable::run, transactionManager, clock, "noreply@zona.invalid");

        withoutServer.deliver(id);

        assertThat(withoutServer.smtpConfigured()).isFalse();
        OutboxMessage held = messages.findById(id).orElseThrow();
        assertThat(held.status()).isEqualTo(OutboxStatus.HELD);
        assertThat(held.attempts()).isZero();
        assertThat(held.mail().text()).isEqualTo("Resta qui.");
        smtp.assertNothingArrives(to, Duration.ofMillis(300));
    }

    @Test
    void sentMailIsForgottenAfterTheRetentionPeriodAndUnsentMailIsKept() {
        String to = address();
        long old = sentDaysAgo(to, 181);
        long recent = sentDaysAgo(to, 179);
        long unsent = queuedWithoutSending(Mail.of(null, to, "Vecchia ma non spedita", "x"));

        jobs.forgetSent();

        assertThat(messages.findById(old)).isEmpty();
        assertThat(messages.findById(recent)).isPresent();
        assertThat(messages.findById(unsent)).isPresent();
    }

    @Test
    void aMailNeedsARecipientAndAOneLineSubject() {
        assertThatIllegalArgumentException().isThrownBy(() -> Mail.of(null, " ", "Oggetto", "Testo"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mail.of(null, "a@example.org", "Oggetto\r\nBcc: b@example.org", "Testo"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarPart("request", INVITATION));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Attachment("../secret.pdf", "application/pdf", new byte[0]));
    }

    // ---- helpers ----

    private static String address() {
        return "mailer-" + Fixtures.unique() + "@example.org";
    }

    /** A message in the outbox that no one has tried to send yet (no after-commit delivery). */
    private long queuedWithoutSending(Mail mail) {
        return messages.save(new OutboxMessage(mail, clock.instant())).id();
    }

    private long sentDaysAgo(String to, int days) {
        OutboxMessage message = new OutboxMessage(Mail.of(null, to, "Spedita", "x"), clock.instant());
        message.sent(clock.instant().minus(Duration.ofDays(days)));
        return messages.save(message).id();
    }

    /** Delivery through an SMTP server that refuses connections: a port nobody listens on. */
    private Delivery unreachableServer() {
        JavaMailSenderImpl closed = new JavaMailSenderImpl();
        closed.setHost("localhost");
        closed.setPort(closedPort());
        return new Delivery(
                messages, Optional.of(closed), Runnable::run, transactionManager, clock, "noreply@zona.invalid");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<OutboxMessage> stored(String to) {
        return messages.findAll().stream().filter(m -> m.recipient().equals(to)).toList();
    }

    private OutboxMessage only(String to) {
        List<OutboxMessage> found = stored(to);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Delivery records its outcome just after the server took the message: wait for it. */
    private static OutboxMessage eventually(Supplier<OutboxMessage> read, Predicate<OutboxMessage> done)
            throws InterruptedException {
        OutboxMessage message = read.get();
        for (int i = 0; i < 100 && !done.test(message); i++) {
            Thread.sleep(50);
            message = read.get();
        }
        return message;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static String text(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package it.zona.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Writes a mail as MIME. An invitation takes the shape calendar clients expect: the text and the
 * {@code text/calendar; method=...} part as alternatives of each other, and the same calendar again
 * as an {@code invite.ics} attachment for the clients that only read attachments.
 */
final class MimeMail {

    static final String UTF_8 = StandardCharsets.UTF_8.name();
    static final String ATTACHMENT = "invite.ics";

    private MimeMail() {}

    static void write(MimeMessage message, Mail mail, String from, Instant date) throws MessagingException {
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(date));
        if (mail.calendar() == null) {
            message.setText(mail.text(), UTF_8);
            return;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text(mail.text()));
        alternative.addBodyPart(bytes(
                mail.calendar().content(),
                "text/calendar; charset=UTF-8; method=" + mail.calendar().method()));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart attachment = bytes(mail.calendar().content(), "application/ics; name=" + ATTACHMENT);
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName(ATTACHMENT);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
    }

    private static MimeBodyPart text(String text) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8);
        return part;
    }

    /** Raw bytes with their type: Jakarta Mail has no content handler for text/calendar. */
    private static MimeBodyPart bytes(String content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8), type)));
        return part;
    }
}

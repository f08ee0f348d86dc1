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
 * as an {@code invite.ics} attachment for the clients that only read attachments. Other files follow
 * as attachments of their own.
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
        if (mail.calendar() == null && mail.attachments().isEmpty()) {
            message.setText(mail.text(), UTF_8);
            return;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body(mail));
        if (mail.calendar() != null) {
            mixed.addBodyPart(file(
                    ATTACHMENT,
                    mail.calendar().content().getBytes(StandardCharsets.UTF_8),
                    "application/ics; name=" + ATTACHMENT));
        }
        for (Attachment attachment : mail.attachments()) {
            mixed.addBodyPart(file(attachment.fileName(), attachment.content(), attachment.contentType()));
        }
        message.setContent(mixed);
    }

    /** The text, or the text and the invitation as alternatives of each other. */
    private static MimeBodyPart body(Mail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8);
        if (mail.calendar() == null) {
            return text;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(bytes(
                mail.calendar().content().getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + mail.calendar().method()));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        return body;
    }

    private static MimeBodyPart file(String name, byte[] content, String type) throws MessagingException {
        MimeBodyPart part = bytes(content, type);
        part.setDisposition(Part.ATTACHMENT);
        // A name beyond ASCII goes as RFC 2231 (mail.mime.encodeparameters, on by default).
        part.setFileName(name);
        return part;
    }

    /** Raw bytes with their type: Jakarta Mail has no content handler for text/calendar. */
    private static MimeBodyPart bytes(byte[] content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        return part;
    }
}

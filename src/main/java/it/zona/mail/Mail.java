package it.zona.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * One e-mail to one recipient, in plain text. {@code districtId} says whose it is (who may read it
 * in the outbox; null for the platform's own mail); {@code calendar} is optional: an iCalendar
 * invitation; {@code attachments} are files sent with it. A {@code confidential} text (credentials)
 * is for the recipient alone: the outbox never shows it, not even to admins.
 */
public record Mail(
        Long districtId,
        String to,
        String subject,
        String text,
        CalendarPart calendar,
        List<Attachment> attachments,
        boolean confidential) {

    static final int MAX_ADDRESS = 254;
    static final int MAX_SUBJECT = 500;

    public Mail {
        if (to == null || to.isBlank() || to.length() > MAX_ADDRESS) {
            throw new IllegalArgumentException("A mail needs one recipient address of at most 254 characters");
        }
        if (subject == null || subject.length() > MAX_SUBJECT || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A mail needs a one-line subject of at most 500 characters");
        }
        if (text == null) {
            throw new IllegalArgumentException("A mail needs a text, even an empty one");
        }
        to = to.strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static Mail of(Long districtId, String to, String subject, String text) {
        return new Mail(districtId, to, subject, text, null, List.of(), false);
    }

    public Mail withCalendar(CalendarPart calendar) {
        return new Mail(districtId, to, subject, text, calendar, attachments, confidential);
    }

    public Mail withAttachment(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new Mail(districtId, to, subject, text, calendar, more, confidential);
    }

    public Mail asConfidential() {
        return new Mail(districtId, to, subject, text, calendar, attachments, true);
    }
}

package it.zona.mail;

/**
 * One e-mail to one recipient, in plain text. {@code districtId} says whose it is (who may read it
 * in the outbox; null for the platform's own mail); {@code calendar} is optional: an iCalendar
 * invitation. A {@code confidential} text (credentials) is for the recipient alone: the outbox
 * never shows it, not even to admins.
 */
public record Mail(
        Long districtId, String to, String subject, String text, CalendarPart calendar, boolean confidential) {

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
    }

    public static Mail of(Long districtId, String to, String subject, String text) {
        return new Mail(districtId, to, subject, text, null, false);
    }

    public Mail withCalendar(CalendarPart calendar) {
        return new Mail(districtId, to, subject, text, calendar, confidential);
    }

    public Mail asConfidential() {
        return new Mail(districtId, to, subject, text, calendar, true);
    }
}

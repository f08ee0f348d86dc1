package it.zona.mail;

import java.util.regex.Pattern;

/**
 * An iCalendar body (RFC 5545) and its METHOD, e.g. "REQUEST" or "CANCEL": calendar clients read
 * the method from the MIME type, so it must match the METHOD line of the content.
 */
public record CalendarPart(String method, String content) {

    private static final Pattern METHOD = Pattern.compile("[A-Z][A-Z-]{0,19}");

    public CalendarPart {
        if (method == null || !METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException("An iCalendar METHOD such as REQUEST or CANCEL is needed");
        }
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("An iCalendar body is needed");
        }
    }
}

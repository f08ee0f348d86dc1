package it.zona.mail;

import java.util.regex.Pattern;

/**
 * A file that goes with a mail, such as an act in PDF/A: the name the recipient saves it under, its
 * media type and its bytes, copied in and out so that nobody changes them after the mail is written.
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    static final int MAX_NAME = 200;

    /** A plain file name: no folders, no line breaks that would bend the MIME headers. */
    private static final Pattern NAME = Pattern.compile("[^/\\\\\\r\\n]{1," + MAX_NAME + "}");

    public Attachment {
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("An attachment needs a file name of at most 200 characters");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a media type");
        }
        if (content == null) {
            throw new IllegalArgumentException("An attachment needs its content");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

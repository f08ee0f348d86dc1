package it.zona.sitting.minutes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The minutes of a sitting as pages and the API show them: the office's notes (Markdown, and as
 * safe HTML), the facts of the sitting they state, and once approved how, when, and the SHA-256 of
 * their PDF/A. {@code approvedAtSittingId} names the later sitting that approved them, {@code
 * approvedByPresident} the president who did instead.
 */
record SittingMinutesView(
        long sittingId,
        SittingMinutes.Status status,
        String notes,
        String notesHtml,
        MinutesContent content,
        Instant approvedAt,
        Long approvedAtSittingId,
        LocalDate approvedAtSittingDate,
        String approvedByPresident,
        String documentSha256,
        long version,
        @JsonIgnore OfficeSteps allowed) {

    /**
     * What the minutes allow the reader now, as the registry decides it: pages offer only these
     * steps. Not part of the API's representation, which a client sends back.
     */
    record OfficeSteps(boolean annotation, boolean approval) {}

    boolean approved() {
        return status == SittingMinutes.Status.APPROVED;
    }
}

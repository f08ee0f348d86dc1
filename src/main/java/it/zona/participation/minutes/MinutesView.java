package it.zona.participation.minutes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a meeting's minutes as pages and the API show it. {@code html} is the body rendered
 * and sanitised; {@code previousId}/{@code previousNumber} name the version it corrects, {@code
 * correctedById}/{@code correctedByNumber} the approved version that corrected it. {@code attendance}
 * is the approved copy, or for an open version the sheet as it stands. {@code remarks} are for the
 * District's staff and the table's members only: for anyone else the list is empty. {@code
 * remarksClosedOn} is the day approval closed the remarks period before its deadline, with the
 * coordinator's {@code remarksClosedReason} (null when a later meeting approved it).
 */
public record MinutesView(
        long id,
        long meetingId,
        String meetingTitle,
        LocalDate meetingDate,
        int number,
        MinutesStatus status,
        Long previousId,
        Integer previousNumber,
        Long correctedById,
        Integer correctedByNumber,
        String body,
        String html,
        List<String> decisions,
        Instant circulatedAt,
        LocalDate remarksUntil,
        LocalDate remarksClosedOn,
        String remarksClosedReason,
        Instant approvedAt,
        Long approvedAtMeetingId,
        LocalDate approvedAtMeetingDate,
        String approvedByCoordinator,
        List<MinutesAttendanceLine> attendance,
        List<Remark> remarks,
        long version,
        @JsonIgnore Allowed allowed) {

    /**
     * What the version allows today, as {@link Minutes} decides it: pages offer only these steps.
     * Not part of the API's representation, which a client sends back.
     */
    public record Allowed(boolean circulation, boolean remarks, boolean approval, boolean correction) {}

    public record Remark(
            long id, Long organizationId, String organization, String author, String text, Instant createdAt) {}

    public boolean approved() {
        return status == MinutesStatus.APPROVED;
    }

    public MinutesForm toForm() {
        return new MinutesForm(body, decisions, version);
    }
}

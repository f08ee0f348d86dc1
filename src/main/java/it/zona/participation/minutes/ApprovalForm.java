package it.zona.participation.minutes;

import jakarta.validation.constraints.Size;

/**
 * How a circulated version is approved: at a later held meeting of the same table ({@code meetingId})
 * or, when {@code byCoordinator}, by the coordinator of the tables. Before the remarks deadline the
 * coordinator's approval closes the remarks period early and needs {@code earlyClosingReason}, which
 * the minutes then show.
 */
public record ApprovalForm(
        Long meetingId,
        Boolean byCoordinator,
        @Size(max = 1000) String earlyClosingReason) {

    boolean coordinator() {
        return Boolean.TRUE.equals(byCoordinator);
    }
}

package it.zona.participation;

/**
 * How a circulated version is approved: at a later held meeting of the same table ({@code meetingId})
 * or, when {@code byCoordinator}, by the coordinator of the tables.
 */
public record ApprovalForm(Long meetingId, Boolean byCoordinator) {

    boolean coordinator() {
        return Boolean.TRUE.equals(byCoordinator);
    }
}

package it.zona.participation.contributions;

import it.zona.programme.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal with where it was made and what became of it. {@code targetTitle} is the name of the
 * objective, intervention or proposal it became or was merged into, as it was when answered.
 */
public record ProposalView(
        long id,
        long planId,
        long meetingId,
        String meetingTitle,
        LocalDate meetingDate,
        Long tableId,
        String tableName,
        Named organization,
        Named area,
        String title,
        String text,
        ProposalOutcome outcome,
        Long objectiveId,
        Long interventionId,
        Long mergedProposalId,
        String targetTitle,
        String answer,
        Instant answeredAt,
        List<PastAnswer> pastAnswers,
        long version) {

    /** Answered, and not adopted: the office may open it again. */
    public boolean reopenable() {
        return outcome.isAnswer();
    }

    public boolean open() {
        return outcome == ProposalOutcome.OPEN;
    }

    /** The page of what it became or was merged into, if anything. */
    public String targetPath() {
        if (interventionId != null) {
            return "/plans/" + planId + "/interventions/" + interventionId;
        }
        if (objectiveId != null) {
            return "/plans/" + planId + "/objectives#objective-" + objectiveId;
        }
        if (mergedProposalId != null) {
            return "/proposals/" + mergedProposalId;
        }
        return null;
    }

    public ProposalForm toForm() {
        return new ProposalForm(organization.id(), area.id(), title, text, version);
    }
}

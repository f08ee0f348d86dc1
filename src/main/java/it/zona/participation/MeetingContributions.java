package it.zona.participation;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a meeting brought, for its page: the needs heard, the proposals made and the progress notes.
 */
@Component
public class MeetingContributions {

    /** The three lists of a meeting's page. */
    public record Contributions(
            List<HeardNeedView> needs, List<ProposalView> proposals, List<ProgressNoteView> progress) {}

    private final HeardNeedRegistry needs;
    private final ProposalRegistry proposals;
    private final ProgressRegistry progress;

    MeetingContributions(HeardNeedRegistry needs, ProposalRegistry proposals, ProgressRegistry progress) {
        this.needs = needs;
        this.proposals = proposals;
        this.progress = progress;
    }

    public Contributions of(long meetingId) {
        return new Contributions(
                needs.forMeeting(meetingId), proposals.forMeeting(meetingId), progress.forMeeting(meetingId));
    }
}

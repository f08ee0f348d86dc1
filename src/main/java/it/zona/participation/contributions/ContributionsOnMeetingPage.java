package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingPageSection;
import it.zona.participation.meetings.MeetingView;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a meeting brought, for its page: the needs heard, the proposals made and the progress notes.
 */
@Component
class ContributionsOnMeetingPage implements MeetingPageSection {

    /** The three lists of a meeting's page. */
    public record Contributions(
            List<HeardNeedView> needs, List<ProposalView> proposals, List<ProgressNoteView> progress) {}

    private final HeardNeedRegistry needs;
    private final ProposalRegistry proposals;
    private final ProgressRegistry progress;

    ContributionsOnMeetingPage(HeardNeedRegistry needs, ProposalRegistry proposals, ProgressRegistry progress) {
        this.needs = needs;
        this.proposals = proposals;
        this.progress = progress;
    }

    @Override
    public void addTo(MeetingView meeting, Model model) {
        model.addAttribute("contributions", of(meeting.id()));
    }

    Contributions of(long meetingId) {
        return new Contributions(
                needs.forMeeting(meetingId), proposals.forMeeting(meetingId), progress.forMeeting(meetingId));
    }
}

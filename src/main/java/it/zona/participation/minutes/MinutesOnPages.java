package it.zona.participation.minutes;

import it.zona.participation.meetings.MeetingPageSection;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.tables.TablePageSection;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanFacts;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The minutes on a table's page (the approved ones) and on a meeting's page (every version one may read). */
@Component
class MinutesOnPages implements TablePageSection, MeetingPageSection {

    private final MinutesRegistry minutes;

    MinutesOnPages(MinutesRegistry minutes) {
        this.minutes = minutes;
    }

    @Override
    public void addTo(TableView table, PlanFacts plan, Model model) {
        model.addAttribute("approvedMinutes", minutes.approvedForTable(table.id()));
    }

    @Override
    public void addTo(MeetingView meeting, Model model) {
        model.addAttribute("minutesVersions", minutes.forMeeting(meeting.id()));
    }
}

package it.zona.participation.meetings;

import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.tables.TablePageSection;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanFacts;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A table's next meetings and, for the office, who keeps missing them. */
@Component
class MeetingsOnTablePage implements TablePageSection {

    private static final int NEXT_MEETINGS = 3;

    private final MeetingRegistry meetings;
    private final AttendanceRegister register;
    private final ParticipationAccess access;

    MeetingsOnTablePage(MeetingRegistry meetings, AttendanceRegister register, ParticipationAccess access) {
        this.meetings = meetings;
        this.register = register;
        this.access = access;
    }

    @Override
    public void addTo(TableView table, PlanFacts plan, Model model) {
        model.addAttribute("upcomingMeetings", meetings.upcoming(table.id(), NEXT_MEETINGS));
        // Who keeps missing the meetings is for the office to follow up, not for the public page.
        model.addAttribute(
                "absenceFlags", access.isStaff(plan.districtId()) ? register.absenceFlags(table.id()) : List.of());
    }
}

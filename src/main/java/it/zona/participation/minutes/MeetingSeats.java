package it.zona.participation.minutes;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableMembership;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who sits at a meeting's table (at any of the plan's tables for a plenary): whom its minutes concern. */
@Component
class MeetingSeats {

    private final MeetingRegistry meetings;
    private final TableMembership membership;

    MeetingSeats(MeetingRegistry meetings, TableMembership membership) {
        this.meetings = meetings;
        this.membership = membership;
    }

    /** The seat the signed-in person holds at the meeting's table (any of the plan's for a plenary). */
    Optional<TableMemberView> ofCurrentUser(MeetingFacts meeting) {
        List<Long> tableIds = meetings.tableIdsOf(meeting);
        return membership.seatsOfCurrentUser().stream()
                .filter(seat -> tableIds.contains(seat.tableId()))
                .findFirst();
    }

    /** The organisations seated now at the meeting's table (at each of the plan's for a plenary). */
    List<TableMemberView> of(MeetingFacts meeting) {
        List<TableMemberView> seats = new ArrayList<>();
        for (long tableId : meetings.tableIdsOf(meeting)) {
            seats.addAll(membership.members(tableId));
        }
        return seats;
    }
}

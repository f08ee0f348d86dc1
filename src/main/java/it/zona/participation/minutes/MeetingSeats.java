package it.zona.participation.minutes;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.tables.TableFacts;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who sits at a meeting's table (at any of the plan's tables for a plenary): whom its minutes concern. */
@Component
class MeetingSeats {

    private final TableRegistry tables;
    private final TableMembership membership;

    MeetingSeats(TableRegistry tables, TableMembership membership) {
        this.tables = tables;
        this.membership = membership;
    }

    /** The seat the signed-in person holds at the meeting's table (any of the plan's for a plenary). */
    Optional<TableMemberView> ofCurrentUser(MeetingFacts meeting) {
        List<Long> tableIds = tableIdsOf(meeting);
        return membership.seatsOfCurrentUser().stream()
                .filter(seat -> tableIds.contains(seat.tableId()))
                .findFirst();
    }

    List<TableMemberView> of(MeetingFacts meeting) {
        List<TableMemberView> seats = new ArrayList<>();
        for (long tableId : tableIdsOf(meeting)) {
            seats.addAll(membership.members(tableId));
        }
        return seats;
    }

    private List<Long> tableIdsOf(MeetingFacts meeting) {
        return meeting.tableId() != null
                ? List.of(meeting.tableId())
                : tables.factsByPlan(meeting.planId()).stream()
                        .map(TableFacts::id)
                        .toList();
    }
}

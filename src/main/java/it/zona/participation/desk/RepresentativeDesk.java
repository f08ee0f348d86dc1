package it.zona.participation.desk;

import it.zona.participation.contributions.ProposalRegistry;
import it.zona.participation.contributions.ProposalView;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.minutes.MinutesRegistry;
import it.zona.participation.minutes.MinutesView;
import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person sitting at the tables follows from their own page: the seats they hold (matched by
 * their account's proven e-mail), the next meetings of those tables and of their plans' plenaries,
 * the minutes waiting for their remarks and what became of their organisations' proposals.
 */
@Service
@Transactional(readOnly = true)
class RepresentativeDesk {

    static final int NEXT_MEETINGS = 10;

    /** A seat the person holds, with its table and plan; {@code substitute} when they are not the first name. */
    public record Seat(TableMemberView seat, TableView table, PlanFacts plan, boolean substitute) {}

    public record Overview(
            String email,
            List<Seat> seats,
            List<MeetingView> nextMeetings,
            List<MinutesView> minutesAwaitingRemarks,
            List<ProposalView> proposals) {

        public boolean empty() {
            return seats.isEmpty();
        }
    }

    private final TableMembership membership;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final MeetingRegistry meetings;
    private final MinutesRegistry minutes;
    private final ProposalRegistry proposals;
    private final ParticipationAccess access;

    RepresentativeDesk(
            TableMembership membership,
            TableRegistry tables,
            PlanningSpaces spaces,
            MeetingRegistry meetings,
            MinutesRegistry minutes,
            ProposalRegistry proposals,
            ParticipationAccess access) {
        this.membership = membership;
        this.tables = tables;
        this.spaces = spaces;
        this.meetings = meetings;
        this.minutes = minutes;
        this.proposals = proposals;
        this.access = access;
    }

    public Overview overview() {
        String email = access.email().orElse(null);
        List<Seat> seats = new ArrayList<>();
        Map<Long, PlanFacts> plans = new LinkedHashMap<>();
        for (TableMemberView seat : membership.seatsOfCurrentUser()) {
            TableView table = tables.get(seat.tableId());
            PlanFacts plan = plans.computeIfAbsent(table.planId(), spaces::plan);
            boolean substitute = seat.representative().email() == null
                    || !seat.representative().email().equalsIgnoreCase(email);
            seats.add(new Seat(seat, table, plan, substitute));
        }
        seats.sort(Comparator.comparing((Seat s) -> s.plan().title())
                .thenComparing(s -> s.table().name()));
        Set<Long> tableIds = seats.stream().map(s -> s.table().id()).collect(Collectors.toSet());
        Set<Long> organizationIds =
                seats.stream().map(s -> s.seat().organization().id()).collect(Collectors.toSet());
        List<MeetingView> next = new ArrayList<>();
        tableIds.forEach(tableId -> next.addAll(meetings.upcoming(tableId, NEXT_MEETINGS)));
        plans.keySet().forEach(planId -> next.addAll(meetings.upcomingPlenaries(planId, NEXT_MEETINGS)));
        List<MeetingView> soonest = next.stream()
                .sorted(Comparator.comparing(MeetingView::date).thenComparing(MeetingView::startTime))
                .limit(NEXT_MEETINGS)
                .toList();
        return new Overview(
                email,
                List.copyOf(seats),
                soonest,
                minutes.awaitingRemarks(tableIds),
                proposals.ofOrganizations(organizationIds));
    }
}

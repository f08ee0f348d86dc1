package it.zona.sitting.minutes;

import it.zona.sitting.Call;
import it.zona.sitting.Choice;
import it.zona.sitting.Outcome;
import it.zona.sitting.Presence;
import it.zona.sitting.QuorumCheck;
import it.zona.sitting.ResolutionRef;
import it.zona.sitting.SittingAttendanceView;
import it.zona.sitting.SittingView;
import it.zona.sitting.Tally;
import it.zona.sitting.VotesView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What the minutes state of a sitting: the body, the day and the call it was held at, who attended
 * and how (in person, by delegate with the act of delegation, absent), the quorum and why, and each
 * item with its votes by name and their weights, its outcome and its resolution. Read from the
 * sitting while the minutes are a draft, kept as approved once they are.
 */
record MinutesContent(
        String districtName,
        String bodyName,
        LocalDate heldOn,
        LocalTime heldAt,
        Call call,
        String place,
        String onlineLink,
        List<MinutesAttendance> attendance,
        QuorumCheck quorum,
        List<MinutesItem> items) {

    record MinutesAttendance(String name, String municipality, Presence presence, String delegate, String delegation) {}

    record MinutesItem(
            int number,
            String title,
            Outcome outcome,
            Tally tally,
            ResolutionRef resolution,
            List<MinutesVote> votes) {}

    record MinutesVote(String name, String municipality, Choice choice, long weight) {}

    static MinutesContent of(
            String districtName, SittingView sitting, SittingAttendanceView sheet, IntFunction<VotesView> votes) {
        Map<Long, String> municipalities = new HashMap<>();
        sheet.entries().forEach(seat -> municipalities.put(seat.personId(), seat.municipalityName()));
        boolean second = sitting.heldAtCall() == Call.SECOND;
        return new MinutesContent(
                districtName,
                sitting.governingBody().name(),
                second ? sitting.secondCallDate() : sitting.date(),
                second && sitting.secondCallTime() != null ? sitting.secondCallTime() : sitting.startTime(),
                sitting.heldAtCall(),
                sitting.place(),
                sitting.onlineLink(),
                sheet.entries().stream()
                        .map(seat -> new MinutesAttendance(
                                seat.personName(),
                                seat.municipalityName(),
                                seat.presence(),
                                seat.delegate(),
                                seat.delegation()))
                        .toList(),
                sheet.quorum(),
                sitting.items().stream()
                        .map(item -> new MinutesItem(
                                item.number(),
                                item.title(),
                                item.outcome(),
                                item.tally(),
                                item.resolution(),
                                votes.apply(item.number()).votes().stream()
                                        .map(vote -> new MinutesVote(
                                                vote.personName(),
                                                municipalities.get(vote.personId()),
                                                vote.choice(),
                                                vote.weight()))
                                        .toList()))
                        .toList());
    }
}

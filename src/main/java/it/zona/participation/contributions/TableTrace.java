package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.programme.ParticipationTrace;
import it.zona.programme.ParticipationTrace.OriginKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the plan's pages where their objectives, interventions and needs came from and what the
 * tables said of an intervention's progress. All of it is public, as the meetings are.
 */
@Component
@Transactional(readOnly = true)
class TableTrace implements ParticipationTrace {

    private final Proposals proposals;
    private final HeardNeeds heardNeeds;
    private final ProgressNotes notes;
    private final MeetingRegistry meetings;
    private final ProposalRegistry registry;
    private final MeetingInput input;

    TableTrace(
            Proposals proposals,
            HeardNeeds heardNeeds,
            ProgressNotes notes,
            MeetingRegistry meetings,
            ProposalRegistry registry,
            MeetingInput input) {
        this.proposals = proposals;
        this.heardNeeds = heardNeeds;
        this.notes = notes;
        this.meetings = meetings;
        this.registry = registry;
        this.input = input;
    }

    @Override
    public Map<Long, List<Origin>> objectiveOrigins(long planId) {
        Map<Long, List<Origin>> byObjective = new LinkedHashMap<>();
        for (ProposalView proposal : registry.views(proposals.findByPlanIdAndObjectiveIdIsNotNull(planId))) {
            byObjective
                    .computeIfAbsent(proposal.objectiveId(), k -> new ArrayList<>())
                    .add(origin(proposal));
        }
        return byObjective;
    }

    @Override
    public List<Origin> interventionOrigins(long interventionId) {
        return registry.views(proposals.findByInterventionId(interventionId)).stream()
                .map(TableTrace::origin)
                .toList();
    }

    @Override
    public List<Origin> needOrigins(long needId) {
        List<HeardNeed> heard = heardNeeds.findByNeedId(needId);
        List<Origin> origins = new ArrayList<>();
        for (HeardNeed need : heard) {
            MeetingFacts meeting = input.meeting(need.meetingId());
            String organization = need.organizationId() == null
                    ? null
                    : input.names(need.districtId(), List.of(need.organizationId()))
                            .get(need.organizationId());
            origins.add(new Origin(
                    OriginKind.HEARD,
                    need.title(),
                    organization,
                    input.tableName(meeting.tableId()),
                    meeting.date(),
                    "/meetings/" + meeting.id() + "#heard-needs"));
        }
        return origins;
    }

    @Override
    public List<ProgressReport> progress(long interventionId) {
        List<ProgressNote> found = notes.findByInterventionId(interventionId);
        Map<Long, MeetingFacts> byId = meetings.facts(
                found.stream().map(ProgressNote::meetingId).distinct().toList());
        return found.stream()
                .map(n -> {
                    MeetingFacts meeting = byId.get(n.meetingId());
                    return new ProgressReport(
                            meeting.date(),
                            n.status().name(),
                            n.remarks(),
                            input.tableName(meeting.tableId()),
                            "/meetings/" + meeting.id() + "#progress");
                })
                .sorted(Comparator.comparing(ProgressReport::date).reversed())
                .toList();
    }

    private static Origin origin(ProposalView proposal) {
        return new Origin(
                proposal.outcome() == ProposalOutcome.MERGED ? OriginKind.MERGED : OriginKind.ADOPTED,
                proposal.title(),
                proposal.organization().name(),
                proposal.tableName(),
                proposal.meetingDate(),
                "/proposals/" + proposal.id());
    }
}

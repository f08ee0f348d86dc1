package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.space.ParticipationAccess;
import it.zona.programme.InterventionForm;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.programme.Named;
import it.zona.programme.ObjectiveForm;
import it.zona.programme.ObjectiveRegistry;
import it.zona.programme.ObjectiveView;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals made at the tables' meetings and what became of them. Everyone reads them and
 * their outcome; the District's editors record them and answer them, or turn them into an objective
 * or an intervention of the plan, in the same transaction as the outcome.
 */
@Service
@Transactional
public class ProposalRegistry {

    public static final String ENTITY = "Proposal";
    static final int PAGE_SIZE = 20;

    private final Proposals proposals;
    private final MeetingRegistry meetings;
    private final MeetingInput input;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;
    private final ParticipationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalRegistry(
            Proposals proposals,
            MeetingRegistry meetings,
            MeetingInput input,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions,
            ParticipationAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.input = input;
        this.objectives = objectives;
        this.interventions = interventions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    // --- Reading -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ProposalView> forMeeting(long meetingId) {
        input.meeting(meetingId);
        return views(proposals.findByMeetingIdOrderById(meetingId));
    }

    @Transactional(readOnly = true)
    public ProposalView get(long proposalId) {
        return view(find(proposalId));
    }

    /** The plan's proposals, newest first, only one table's and one outcome's if given. */
    @Transactional(readOnly = true)
    public PageView<ProposalView> page(long planId, Long tableId, ProposalOutcome outcome, int page, int size) {
        input.plan(planId);
        List<ProposalView> all = views(proposals.findByPlanIdOrderByIdDesc(planId)).stream()
                .filter(p -> tableId == null || tableId.equals(p.tableId()))
                .filter(p -> outcome == null || outcome == p.outcome())
                .toList();
        return PageView.slice(all, page, size);
    }

    /** For an organisation's own page: the proposals these organisations made, newest first. */
    @Transactional(readOnly = true)
    public List<ProposalView> ofOrganizations(Collection<Long> organizationIds) {
        return organizationIds.isEmpty()
                ? List.of()
                : views(proposals.findByOrganizationIdInOrderByIdDesc(organizationIds));
    }

    // --- Recording -----------------------------------------------------------------------------

    public ProposalView record(long meetingId, ProposalForm form) {
        MeetingFacts meeting = input.meeting(meetingId);
        access.requireManage(meeting.districtId());
        check(meeting, form);
        Proposal proposal = proposals.saveAndFlush(new Proposal(meeting, form, access.actor(), clock.instant()));
        ProposalView view = view(proposal);
        events.publishEvent(EntityChanged.created(meeting.districtId(), ENTITY, proposal.id(), view));
        return view;
    }

    /** Only an open proposal changes: once answered, what was proposed stays as it was answered. */
    public ProposalView update(long proposalId, ProposalForm form, long expectedVersion) {
        Proposal proposal = find(proposalId);
        access.requireManage(proposal.districtId());
        StaleVersionException.check(expectedVersion, proposal.version());
        proposal.requireOpen();
        check(input.meeting(proposal.meetingId()), form);
        return changed(proposal, () -> proposal.apply(form));
    }

    public void delete(long proposalId) {
        Proposal proposal = find(proposalId);
        access.requireManage(proposal.districtId());
        proposal.requireOpen();
        ProposalView before = view(proposal);
        proposals.delete(proposal);
        proposals.flush();
        events.publishEvent(EntityChanged.deleted(proposal.districtId(), ENTITY, proposalId, before));
    }

    // --- Outcomes ------------------------------------------------------------------------------

    /** Accepted, merged into one objective, intervention or proposal of the plan, or not accepted with a reason. */
    public ProposalView answer(long proposalId, OutcomeForm form) {
        Proposal proposal = find(proposalId);
        access.requireManage(proposal.districtId());
        proposal.requireOpen();
        if (!form.outcome().isAnswer()) {
            throw RuleViolationException.invalid("outcome", "error.proposal.notAnAnswer");
        }
        if (form.outcome() != ProposalOutcome.MERGED) {
            return changed(
                    proposal,
                    () -> proposal.answer(
                            form.outcome(), null, null, null, null, form.answer(), access.actor(), clock.instant()));
        }
        long targets = Stream.of(form.objectiveId(), form.interventionId(), form.proposalId())
                .filter(Objects::nonNull)
                .count();
        if (targets != 1) {
            throw RuleViolationException.invalid("objectiveId", "error.proposal.oneTarget");
        }
        String target = mergeTarget(proposal, form);
        return changed(
                proposal,
                () -> proposal.answer(
                        ProposalOutcome.MERGED,
                        form.objectiveId(),
                        form.interventionId(),
                        form.proposalId(),
                        target,
                        form.answer(),
                        access.actor(),
                        clock.instant()));
    }

    /**
     * Turns the proposal into an objective of the plan. The plan's rules apply (a reason after its
     * approval); if they refuse, the proposal stays open: both happen or neither.
     */
    public ProposalView adoptAsObjective(long proposalId, ObjectiveForm form, String reason) {
        Proposal proposal = find(proposalId);
        access.requireManage(proposal.districtId());
        proposal.requireOpen();
        ObjectiveView created = objectives.create(proposal.planId(), form, reason);
        return changed(
                proposal,
                () -> proposal.answer(
                        ProposalOutcome.ADOPTED_AS_OBJECTIVE,
                        created.id(),
                        null,
                        null,
                        created.title(),
                        null,
                        access.actor(),
                        clock.instant()));
    }

    /** Turns the proposal into an intervention of the plan, on the same terms as an objective. */
    public ProposalView adoptAsIntervention(long proposalId, InterventionForm form, String reason) {
        Proposal proposal = find(proposalId);
        access.requireManage(proposal.districtId());
        proposal.requireOpen();
        InterventionView created = interventions.create(proposal.planId(), form, reason);
        return changed(
                proposal,
                () -> proposal.answer(
                        ProposalOutcome.ADOPTED_AS_INTERVENTION,
                        null,
                        created.id(),
                        null,
                        created.title(),
                        null,
                        access.actor(),
                        clock.instant()));
    }

    /** Opens an answered proposal again; its answer and the reason stay in its public history. */
    public ProposalView reopen(long proposalId, ReopenProposalForm form) {
        Proposal proposal = find(proposalId);
        access.requireManage(proposal.districtId());
        if (form.reason() == null || form.reason().isBlank()) {
            throw RuleViolationException.invalid("reason", "error.proposal.reopenReason");
        }
        return changed(
                proposal, () -> proposal.reopen(form.reason(), LocalDate.now(clock.withZone(PlatformConfig.ZONE))));
    }

    /** The other proposals of the plan, which an open one may be merged into. */
    @Transactional(readOnly = true)
    public List<Named> mergeChoices(long proposalId) {
        Proposal proposal = find(proposalId);
        return proposals.findByPlanIdOrderByIdDesc(proposal.planId()).stream()
                .filter(p -> !p.id().equals(proposal.id()))
                .map(p -> new Named(p.id(), p.title()))
                .toList();
    }

    // --- Internals -----------------------------------------------------------------------------

    private String mergeTarget(Proposal proposal, OutcomeForm form) {
        try {
            if (form.objectiveId() != null) {
                return objectives.get(proposal.planId(), form.objectiveId()).title();
            }
            if (form.interventionId() != null) {
                return interventions
                        .get(proposal.planId(), form.interventionId())
                        .title();
            }
        } catch (NotFoundException missing) {
            throw RuleViolationException.invalid(
                    form.objectiveId() != null ? "objectiveId" : "interventionId", "error.proposal.noTarget");
        }
        return proposals
                .findById(form.proposalId())
                .filter(p -> p.planId() == proposal.planId() && !p.id().equals(proposal.id()))
                .map(Proposal::title)
                .orElseThrow(() -> RuleViolationException.invalid("proposalId", "error.proposal.noTarget"));
    }

    private ProposalView changed(Proposal proposal, Runnable change) {
        ProposalView before = view(proposal);
        change.run();
        proposals.saveAndFlush(proposal);
        ProposalView after = view(proposal);
        events.publishEvent(EntityChanged.updated(proposal.districtId(), ENTITY, proposal.id(), before, after));
        return after;
    }

    private void check(MeetingFacts meeting, ProposalForm form) {
        input.requireOrganization(meeting, form.organizationId(), "organizationId");
        input.requireArea(meeting, form.areaId(), "areaId");
    }

    Proposal find(long proposalId) {
        return proposals
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("error.proposal.notFound", proposalId));
    }

    private ProposalView view(Proposal proposal) {
        return views(List.of(proposal)).get(0);
    }

    List<ProposalView> views(List<Proposal> found) {
        Map<Long, MeetingFacts> byId = meetings.facts(
                found.stream().map(Proposal::meetingId).distinct().toList());
        Map<Long, Map<Long, String>> areas = new HashMap<>();
        Map<Long, String> tableNames = new HashMap<>();
        Map<Long, Map<Long, String>> organizations = new HashMap<>();
        return found.stream()
                .map(p -> {
                    MeetingFacts meeting = byId.get(p.meetingId());
                    String area =
                            areas.computeIfAbsent(p.planId(), input::areaNames).get(p.areaId());
                    String organization = organizations
                            .computeIfAbsent(p.districtId(), d -> input.names(d, organizationsOf(found, d)))
                            .get(p.organizationId());
                    String table = meeting.tableId() == null
                            ? null
                            : tableNames.computeIfAbsent(meeting.tableId(), input::tableName);
                    return new ProposalView(
                            p.id(),
                            p.planId(),
                            meeting.id(),
                            meeting.title(),
                            meeting.date(),
                            meeting.tableId(),
                            table,
                            new Named(p.organizationId(), organization),
                            new Named(p.areaId(), area),
                            p.title(),
                            p.text(),
                            p.outcome(),
                            p.objectiveId(),
                            p.interventionId(),
                            p.mergedProposalId(),
                            p.targetTitle(),
                            p.answer(),
                            p.answeredAt(),
                            List.copyOf(p.pastAnswers()),
                            p.version());
                })
                .toList();
    }

    private static List<Long> organizationsOf(List<Proposal> found, long districtId) {
        return found.stream()
                .filter(p -> p.districtId() == districtId)
                .map(Proposal::organizationId)
                .distinct()
                .toList();
    }
}

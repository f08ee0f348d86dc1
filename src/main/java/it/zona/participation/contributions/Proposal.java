package it.zona.participation.contributions;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.shared.PlainText;
import it.zona.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposal an organisation made at a meeting, and what became of it. It is answered once: an
 * answered proposal is neither changed nor answered again, so its public trace never shifts.
 */
@Entity
@Table(name = "proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private Long planId;
    private Long districtId;
    private Long areaId;
    private Long organizationId;
    private String title;
    private String text;
    private String recordedBy;
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    private ProposalOutcome outcome;

    private Long objectiveId;
    private Long interventionId;
    private Long mergedProposalId;
    private String targetTitle;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;

    @ElementCollection
    @CollectionTable(name = "proposal_past_answer", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<PastAnswer> pastAnswers = new ArrayList<>();

    @Version
    private long version;

    protected Proposal() {}

    Proposal(MeetingFacts meeting, ProposalForm form, String actor, Instant now) {
        this.meetingId = meeting.id();
        this.planId = meeting.planId();
        this.districtId = meeting.districtId();
        this.recordedBy = actor;
        this.recordedAt = now;
        this.outcome = ProposalOutcome.OPEN;
        apply(form);
    }

    void apply(ProposalForm form) {
        requireOpen();
        this.areaId = form.areaId();
        this.organizationId = form.organizationId();
        this.title = form.title().strip();
        this.text = PlainText.blankToNull(form.text());
    }

    /** Records the outcome; the target ids say what it became or was merged into. */
    void answer(
            ProposalOutcome newOutcome,
            Long objective,
            Long intervention,
            Long mergedInto,
            String target,
            String answerText,
            String actor,
            Instant now) {
        requireOpen();
        if (newOutcome == ProposalOutcome.NOT_ACCEPTED && PlainText.blankToNull(answerText) == null) {
            throw RuleViolationException.invalid("answer", "error.proposal.reasonRequired");
        }
        this.outcome = newOutcome;
        this.objectiveId = objective;
        this.interventionId = intervention;
        this.mergedProposalId = mergedInto;
        this.targetTitle = target;
        this.answer = PlainText.blankToNull(answerText);
        this.answeredBy = actor;
        this.answeredAt = now;
    }

    /**
     * Opens an answered proposal again, keeping its answer in the history. An adopted one is not
     * reopened: what it became lives in the plan, which changes through its own pages.
     */
    void reopen(String reason, LocalDate today) {
        if (outcome == ProposalOutcome.OPEN) {
            throw RuleViolationException.conflict("outcome", "error.proposal.alreadyOpen");
        }
        if (outcome == ProposalOutcome.ADOPTED_AS_OBJECTIVE || outcome == ProposalOutcome.ADOPTED_AS_INTERVENTION) {
            throw RuleViolationException.conflict("outcome", "error.proposal.adoptedStays");
        }
        pastAnswers.add(new PastAnswer(outcome, targetTitle, answer, answeredAt, today, reason.strip()));
        this.outcome = ProposalOutcome.OPEN;
        this.objectiveId = null;
        this.interventionId = null;
        this.mergedProposalId = null;
        this.targetTitle = null;
        this.answer = null;
        this.answeredBy = null;
        this.answeredAt = null;
    }

    List<PastAnswer> pastAnswers() {
        return pastAnswers;
    }

    void requireOpen() {
        if (outcome != null && outcome != ProposalOutcome.OPEN) {
            throw RuleViolationException.conflict("outcome", "error.proposal.answered", outcome.name());
        }
    }

    Long id() {
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    long planId() {
        return planId;
    }

    long districtId() {
        return districtId;
    }

    long areaId() {
        return areaId;
    }

    long organizationId() {
        return organizationId;
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    ProposalOutcome outcome() {
        return outcome;
    }

    Long objectiveId() {
        return objectiveId;
    }

    Long interventionId() {
        return interventionId;
    }

    Long mergedProposalId() {
        return mergedProposalId;
    }

    String targetTitle() {
        return targetTitle;
    }

    String answer() {
        return answer;
    }

    String answeredBy() {
        return answeredBy;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    long version() {
        return version;
    }
}

package it.zona.participation.contributions;

import static it.zona.participation.meetings.MeetingScenario.form;
import static it.zona.participation.meetings.MeetingScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.participation.contributions.ProposalScenario.Held;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingScenario;
import it.zona.participation.meetings.MeetingView;
import it.zona.programme.InterventionForm;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionStatus;
import it.zona.programme.InterventionType;
import it.zona.programme.ObjectiveForm;
import it.zona.programme.ObjectiveKind;
import it.zona.programme.ObjectiveRegistry;
import it.zona.shared.RuleViolationException;
import it.zona.support.Fixtures;
import it.zona.support.ZonaIntegrationTest;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Proposals made at a table: who may make them, how they are answered, and what they become. */
@ZonaIntegrationTest
@Import({MeetingScenario.class, ProposalScenario.class})
class ProposalTest {

    @Autowired
    ProposalScenario scenario;

    @Autowired
    ProposalRegistry proposals;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    InterventionRegistry interventions;

    @Autowired
    ObjectiveRegistry objectives;

    @Autowired
    Fixtures fixtures;

    @Test
    void aProposalFromAnOrganisationNotSeatedThatDayIsRefused() {
        Held held = scenario.held();
        long stranger = fixtures.organization(held.scene().district(), "Estranea " + Fixtures.unique());
        assertThatThrownBy(() -> record(held, stranger, held.area().id(), "Trasporto"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.field()).isEqualTo("organizationId");
                    assertThat(e.messageKey()).isEqualTo("error.contribution.notSeated");
                    assertThat(e.arguments()[0].toString()).startsWith("Estranea");
                });
        assertThat(proposals.forMeeting(held.meetingId())).isEmpty();
    }

    @Test
    void aProposalOutsideTheTablesAreasIsRefused() {
        Held held = scenario.held();
        assertThatThrownBy(() -> record(held, member(held), held.otherArea().id(), "Fuori area"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("areaId");
                    assertThat(e.messageKey()).isEqualTo("error.contribution.areaOutsideTable");
                });
    }

    @Test
    void anOrganisationThatJoinedAfterTheMeetingCannotHaveProposedThere() {
        Held held = scenario.held();
        long late = fixtures.organization(held.scene().district(), "Tardiva " + Fixtures.unique());
        scenarioSeat(held, late, today().minusDays(1));
        assertThatThrownBy(() -> record(held, late, held.area().id(), "Tardi"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("organizationId"));
    }

    @Test
    void notAcceptingWithoutAReasonIsRefusedAndAnAnswerIsFinal() {
        Held held = scenario.held();
        ProposalView proposal = record(held, member(held), held.area().id(), "Sportello unico");
        assertThatThrownBy(() -> answer(
                        held, proposal.id(), new OutcomeForm(ProposalOutcome.NOT_ACCEPTED, null, null, null, " ")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.field()).isEqualTo("answer");
                    assertThat(e.messageKey()).isEqualTo("error.proposal.reasonRequired");
                });
        assertThat(proposals.get(proposal.id()).outcome()).isEqualTo(ProposalOutcome.OPEN);

        ProposalView answered = answer(
                held,
                proposal.id(),
                new OutcomeForm(ProposalOutcome.NOT_ACCEPTED, null, null, null, "Già coperto dal PUA"));
        assertThat(answered.outcome()).isEqualTo(ProposalOutcome.NOT_ACCEPTED);
        assertThat(answered.answer()).isEqualTo("Già coperto dal PUA");
        assertThat(answered.answeredAt()).isNotNull();

        assertThatThrownBy(() -> answer(
                        held,
                        proposal.id(),
                        new OutcomeForm(ProposalOutcome.ACCEPTED, null, null, null, "Ci ripensiamo")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.messageKey()).isEqualTo("error.proposal.answered");
                });
        assertThatThrownBy(() -> scenario.editor(held.scene(), () -> {
                    proposals.delete(proposal.id());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.isConflict()).isTrue());
        assertThat(proposals.get(proposal.id()).answer()).isEqualTo("Già coperto dal PUA");
    }

    @Test
    void reopeningKeepsThePreviousAnswerAndNeedsAReason() {
        Held held = scenario.held();
        ProposalView proposal = record(held, member(held), held.area().id(), "Centro diurno estivo");
        answer(held, proposal.id(), new OutcomeForm(ProposalOutcome.NOT_ACCEPTED, null, null, null, "Mancano i fondi"));
        assertThatThrownBy(() -> scenario.editor(
                        held.scene(), () -> proposals.reopen(proposal.id(), new ReopenProposalForm(" "))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        ProposalView reopened = scenario.editor(
                held.scene(), () -> proposals.reopen(proposal.id(), new ReopenProposalForm("Nuovi fondi regionali")));
        assertThat(reopened.outcome()).isEqualTo(ProposalOutcome.OPEN);
        assertThat(reopened.pastAnswers()).singleElement().satisfies(past -> {
            assertThat(past.outcome()).isEqualTo(ProposalOutcome.NOT_ACCEPTED);
            assertThat(past.answer()).isEqualTo("Mancano i fondi");
            assertThat(past.reopenReason()).isEqualTo("Nuovi fondi regionali");
        });
        ProposalView accepted =
                answer(held, proposal.id(), new OutcomeForm(ProposalOutcome.ACCEPTED, null, null, null, "Finanziato"));
        assertThat(accepted.pastAnswers()).hasSize(1);
        assertThatThrownBy(() -> scenario.editor(
                        held.scene(),
                        () -> proposals.reopen(
                                record(held, member(held), held.area().id(), "Aperta")
                                        .id(),
                                new ReopenProposalForm("Perché"))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.isConflict()).isTrue());
    }

    @Test
    void aMergedProposalNamesWhatItWasMergedIntoAndShowsAsItsOrigin() {
        Held held = scenario.held();
        ProposalView proposal = record(held, member(held), held.area().id(), "Più ore di assistenza");
        assertThatThrownBy(() -> answer(
                        held,
                        proposal.id(),
                        new OutcomeForm(ProposalOutcome.MERGED, held.objectiveId(), held.interventionId(), null, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.proposal.oneTarget"));
        ProposalView merged = answer(
                held,
                proposal.id(),
                new OutcomeForm(ProposalOutcome.MERGED, null, held.interventionId(), null, "Rientra nell'ADI"));
        assertThat(merged.outcome()).isEqualTo(ProposalOutcome.MERGED);
        assertThat(merged.targetTitle()).isEqualTo("Assistenza domiciliare integrata");
        assertThat(merged.targetPath()).endsWith("/interventions/" + held.interventionId());
    }

    @Test
    void adoptingAsAnInterventionCreatesItWithTheOutcomeInOneStep() {
        Held held = scenario.held();
        ProposalView proposal = record(held, member(held), held.area().id(), "Trasporto ai centri diurni");
        int year = today().getYear();
        ProposalView adopted = scenario.editor(
                held.scene(),
                () -> proposals.adoptAsIntervention(
                        proposal.id(), interventionForm(held.objectiveId(), "Trasporto sociale", year, year), null));
        assertThat(adopted.outcome()).isEqualTo(ProposalOutcome.ADOPTED_AS_INTERVENTION);
        assertThat(adopted.interventionId()).isNotNull();
        assertThat(adopted.targetTitle()).isEqualTo("Trasporto sociale");
        assertThat(scenario.editor(
                                held.scene(),
                                () -> interventions.get(held.scene().planId(), adopted.interventionId()))
                        .status())
                .isEqualTo(InterventionStatus.PLANNED);
    }

    @Test
    void whenThePlanRefusesTheInterventionNothingIsWritten() {
        Held held = scenario.held();
        ProposalView proposal = record(held, member(held), held.area().id(), "Fuori periodo");
        assertThatThrownBy(() -> scenario.editor(
                        held.scene(),
                        () -> proposals.adoptAsIntervention(
                                proposal.id(),
                                interventionForm(held.objectiveId(), "Intervento impossibile", 2090, 2091),
                                null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("firstYear"));
        assertThat(proposals.get(proposal.id()).outcome()).isEqualTo(ProposalOutcome.OPEN);
        assertThat(scenario.editor(
                        held.scene(), () -> interventions.list(held.scene().planId())))
                .extracting(i -> i.title())
                .doesNotContain("Intervento impossibile");
    }

    @Test
    void adoptingAsAnObjectiveShowsTheOriginForTheObjective() {
        Held held = scenario.held();
        ProposalView proposal = record(held, member(held), held.area().id(), "Caregiver giovani");
        ProposalView adopted = scenario.editor(
                held.scene(),
                () -> proposals.adoptAsObjective(
                        proposal.id(),
                        new ObjectiveForm(
                                ObjectiveKind.GENERAL,
                                held.area().id(),
                                null,
                                null,
                                "Sostenere i giovani caregiver",
                                null,
                                List.of(),
                                null),
                        null));
        assertThat(adopted.outcome()).isEqualTo(ProposalOutcome.ADOPTED_AS_OBJECTIVE);
        assertThat(scenario.editor(
                        held.scene(),
                        () -> objectives
                                .get(held.scene().planId(), adopted.objectiveId())
                                .title()))
                .isEqualTo("Sostenere i giovani caregiver");
    }

    @Test
    void aPlenaryMeetingHearsAnyOrganisationOfTheDistrict() {
        Held held = scenario.held();
        long outsider = fixtures.organization(held.scene().district(), "Parrocchia " + Fixtures.unique());
        ProposalView plenary = scenario.editor(held.scene(), () -> {
            MeetingView meeting = meetings.schedulePlenary(
                    held.scene().planId(),
                    form("Plenaria", today().minusDays(3), LocalTime.of(9, 0), LocalTime.of(10, 0)));
            return proposals.record(
                    meeting.id(),
                    new ProposalForm(outsider, held.otherArea().id(), "Proposta in plenaria", null, null));
        });
        assertThat(plenary.tableName()).isNull();
        assertThat(proposals.ofOrganizations(List.of(outsider)))
                .extracting(ProposalView::id)
                .containsExactly(plenary.id());
    }

    // --- Helpers -------------------------------------------------------------------------------

    private ProposalView record(Held held, long organization, long area, String title) {
        return scenario.editor(
                held.scene(),
                () -> proposals.record(held.meetingId(), new ProposalForm(organization, area, title, "Testo", null)));
    }

    private ProposalView answer(Held held, long proposalId, OutcomeForm form) {
        return scenario.editor(held.scene(), () -> proposals.answer(proposalId, form));
    }

    private static long member(Held held) {
        return held.scene().organizations().get(0);
    }

    @Autowired
    MeetingScenario meetingScenario;

    private void scenarioSeat(Held held, long organization, java.time.LocalDate since) {
        String u = Fixtures.unique();
        meetingScenario.seat(
                held.scene().district(),
                held.scene().tableId(),
                organization,
                "r" + u + "@example.org",
                "s" + u + "@example.org",
                since);
    }

    static InterventionForm interventionForm(long objective, String title, int first, int last) {
        return new InterventionForm(
                objective,
                null,
                title,
                "Dalla proposta del tavolo",
                InterventionType.SERVICE,
                null,
                first,
                last,
                null,
                List.of(),
                true,
                List.of(),
                null,
                InterventionStatus.PLANNED,
                null);
    }
}

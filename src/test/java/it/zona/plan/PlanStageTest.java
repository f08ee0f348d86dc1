package it.zona.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PlanStageTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Plan plan() {
        return new Plan(
                1,
                new PlanForm("Piano sociale di zona", 2024, 2026, null, null, null, null, null, null, null),
                "ufficio",
                NOW);
    }

    @ParameterizedTest
    @CsvSource({
        "LAUNCH, TABLES",
        "TABLES, DRAFTING",
        "DRAFTING, TABLES",
        "DRAFTING, APPROVAL",
        "APPROVAL, DRAFTING",
        "APPROVAL, AGREEMENT",
        "AGREEMENT, IMPLEMENTATION",
        "IMPLEMENTATION, MONITORING",
        "MONITORING, IMPLEMENTATION",
        "MONITORING, EVALUATION",
        "EVALUATION, CLOSED"
    })
    void theIterMovesThroughItsStagesAndBackWhereTheRealProcessDoes(PlanStage from, PlanStage to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"LAUNCH, APPROVAL", "TABLES, AGREEMENT", "AGREEMENT, DRAFTING", "CLOSED, LAUNCH", "DRAFTING, DRAFTING"})
    void noStageIsSkippedAndAnAgreedPlanDoesNotGoBackToDrafting(PlanStage from, PlanStage to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = PlanStage.class,
            names = {"AGREEMENT", "IMPLEMENTATION", "MONITORING", "EVALUATION", "CLOSED"})
    void aPlanIsPastApprovalOnceTheMayorsHaveApprovedIt(PlanStage stage) {
        assertThat(stage.isPastApproval()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = PlanStage.class,
            names = {"LAUNCH", "TABLES", "DRAFTING", "APPROVAL"})
    void aPlanAwaitingTheMayorsIsNotYetApproved(PlanStage stage) {
        assertThat(stage.isPastApproval()).isFalse();
    }

    @Test
    void aNewPlanStartsAtTheLaunchWithItsFirstStepInTheHistory() {
        Plan plan = plan();
        assertThat(plan.stage()).isEqualTo(PlanStage.LAUNCH);
        assertThat(plan.history()).singleElement().satisfies(t -> {
            assertThat(t.to()).isEqualTo(PlanStage.LAUNCH);
            assertThat(t.recordedBy()).isEqualTo("ufficio");
            assertThat(t.decidedOn()).isEqualTo(LocalDate.parse("2026-11-22"));
        });
    }

    @Test
    void aPlanEnteredAfterItsPublicLaunchStartsItsHistoryOnTheDayOfTheLaunch() {
        Plan plan = new Plan(
                1,
                new PlanForm("Piano", 2021, 2023, null, LocalDate.parse("2020-09-24"), null, null, null, null, null),
                "ufficio",
                NOW);
        assertThat(plan.history())
                .singleElement()
                .extracting(Transition::decidedOn)
                .isEqualTo(LocalDate.parse("2020-09-24"));
    }

    @Test
    void eachStepRecordsItsDateActAndAuthor() {
        Plan plan = plan();
        plan.moveTo(PlanStage.TABLES, LocalDate.parse("2026-11-21"), null, "Determina n. 12", "mrossi", NOW);
        assertThat(plan.stage()).isEqualTo(PlanStage.TABLES);
        assertThat(plan.history()).last().satisfies(t -> {
            assertThat(t.from()).isEqualTo(PlanStage.LAUNCH);
            assertThat(t.decidedOn()).isEqualTo(LocalDate.parse("2026-11-21"));
            assertThat(t.act()).isEqualTo("Determina n. 12");
            assertThat(t.recordedBy()).isEqualTo("mrossi");
        });
    }

    @Test
    void anIllegalStepIsRefusedAndChangesNothing() {
        Plan plan = plan();
        assertThatThrownBy(
                        () -> plan.moveTo(PlanStage.APPROVAL, LocalDate.parse("2026-11-21"), null, null, "mrossi", NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("error.plan.illegalTransition");
        assertThat(plan.stage()).isEqualTo(PlanStage.LAUNCH);
        assertThat(plan.history()).hasSize(1);
    }

    @Test
    void aStepCannotBeDatedBeforeThePreviousDecisionNorInTheFuture() {
        Plan plan = plan();
        plan.moveTo(PlanStage.TABLES, LocalDate.parse("2020-09-24"), null, null, "mrossi", NOW);
        assertThatThrownBy(
                        () -> plan.moveTo(PlanStage.DRAFTING, LocalDate.parse("2020-09-01"), null, null, "mrossi", NOW))
                .hasMessageContaining("error.plan.transitionBeforePrevious");
        assertThatThrownBy(
                        () -> plan.moveTo(PlanStage.DRAFTING, LocalDate.parse("2030-01-01"), null, null, "mrossi", NOW))
                .hasMessageContaining("error.plan.transitionInFuture");
        assertThat(plan.stage()).isEqualTo(PlanStage.TABLES);
    }

    @Test
    void theMayorsApprovalNeedsItsActHeldInZonaOrNamedAndNotBoth() {
        Plan plan = plan();
        for (PlanStage stage : List.of(PlanStage.TABLES, PlanStage.DRAFTING, PlanStage.APPROVAL)) {
            plan.moveTo(stage, LocalDate.parse("2026-01-10"), null, null, "mrossi", NOW);
        }
        PlanAct resolution =
                new PlanAct("/resolutions/7", "Delibera n. 3 del 20/01/2026", LocalDate.parse("2026-01-20"));
        assertThatThrownBy(
                        () -> plan.moveTo(PlanStage.AGREEMENT, LocalDate.parse("2026-01-20"), null, " ", "mrossi", NOW))
                .hasMessageContaining("error.plan.actRequired");
        assertThatThrownBy(() -> plan.moveTo(
                        PlanStage.AGREEMENT, LocalDate.parse("2026-01-20"), resolution, "Decreto", "mrossi", NOW))
                .hasMessageContaining("error.plan.actTwice");
        assertThatThrownBy(() -> plan.moveTo(
                        PlanStage.AGREEMENT, LocalDate.parse("2026-01-19"), resolution, null, "mrossi", NOW))
                .hasMessageContaining("error.plan.transitionBeforeAct");
        assertThat(plan.stage()).isEqualTo(PlanStage.APPROVAL);

        plan.moveTo(PlanStage.AGREEMENT, LocalDate.parse("2026-01-21"), resolution, null, "mrossi", NOW);
        assertThat(plan.history()).last().satisfies(t -> {
            assertThat(t.act()).isEqualTo("Delibera n. 3 del 20/01/2026");
            assertThat(t.actLink()).isEqualTo("/resolutions/7");
            assertThat(t.external()).isFalse();
        });
        plan.moveTo(
                PlanStage.IMPLEMENTATION, LocalDate.parse("2026-02-01"), null, "Decreto regionale n. 4", "mrossi", NOW);
        assertThat(plan.history()).last().extracting(Transition::external).isEqualTo(true);
    }

    @Test
    void aPlanAlreadyUnderWayCanBeEnteredWithItsPastDecisions() {
        Plan plan = plan();
        plan.moveTo(PlanStage.TABLES, LocalDate.parse("2020-09-24"), null, "Avviso pubblico", "mrossi", NOW);
        assertThat(plan.history()).extracting(Transition::decidedOn).last().isEqualTo(LocalDate.parse("2020-09-24"));
    }

    @Test
    void aPlanLastsOneToFiveYears() {
        assertThatThrownBy(() ->
                        new Plan(1, new PlanForm("P", 2024, 2029, null, null, null, null, null, null, null), "u", NOW))
                .hasMessageContaining("error.plan.periodTooLong");
        assertThatThrownBy(() ->
                        new Plan(1, new PlanForm("P", 2026, 2024, null, null, null, null, null, null, null), "u", NOW))
                .hasMessageContaining("error.plan.periodReversed");
        assertThat(new Plan(1, new PlanForm("P", 2024, 2024, null, null, null, null, null, null, null), "u", NOW)
                        .covers(2024))
                .isTrue();
    }
}

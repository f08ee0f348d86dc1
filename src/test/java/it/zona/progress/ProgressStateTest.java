package it.zona.progress;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.progress.ProgressState.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An intervention's status and percentage are those of the latest entries that set them. */
class ProgressStateTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 1);

    @Test
    void withoutEntriesAnInterventionHasNotStarted() {
        assertThat(ProgressState.of(List.of())).isEqualTo(new ProgressState(ImplementationStatus.NOT_STARTED, null, 0));
        assertThat(ProgressState.of(List.of(new Step(1, MARCH, null, null))).status())
                .as("a plain note sets nothing")
                .isEqualTo(ImplementationStatus.NOT_STARTED);
    }

    @Test
    void theLatestDayWinsNotTheLatestWrittenAndOnTheSameDayTheLaterWritten() {
        List<Step> steps = List.of(
                new Step(5, JUNE, ImplementationStatus.SUSPENDED, null),
                new Step(3, MARCH, ImplementationStatus.IN_PROGRESS, 30),
                new Step(7, MARCH, null, 40));
        ProgressState state = ProgressState.of(steps);
        assertThat(state.status()).isEqualTo(ImplementationStatus.SUSPENDED);
        assertThat(state.since()).isEqualTo(JUNE);
        assertThat(state.percent())
                .as("a suspension keeps the percentage reached")
                .isEqualTo(40);
    }

    @Test
    void aCompletedInterventionWithoutAPercentageIsAtAHundred() {
        assertThat(ProgressState.of(List.of(new Step(1, JUNE, ImplementationStatus.COMPLETED, null)))
                        .percent())
                .isEqualTo(100);
    }
}

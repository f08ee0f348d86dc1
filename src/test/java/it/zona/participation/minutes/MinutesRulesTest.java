package it.zona.participation.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a version of the minutes allows, decided by {@link Minutes} itself: no Spring, no database. */
class MinutesRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 5);
    private static final Instant NOW = Instant.parse("2026-10-05T08:00:00Z");
    private static final Long NO_MEETING = null;

    private static Minutes draft(int number) {
        return new Minutes(1, 1, number, number == 1 ? null : (long) number - 1, "Testo", List.of(), NOW);
    }

    private static Minutes circulated(int number, LocalDate until) {
        Minutes minutes = draft(number);
        minutes.circulate(until, TODAY, NOW);
        return minutes;
    }

    private static Minutes approved(int number) {
        Minutes minutes = circulated(number, TODAY);
        minutes.approve(NO_MEETING, "Coordinatrice", "Urgenza", "ufficio", List.of(), TODAY, NOW);
        return minutes;
    }

    @Test
    void aDraftIsCirculatedBeforeItCanBeApproved() {
        Minutes draft = draft(1);
        assertThat(draft.mayBeCirculated()).isTrue();
        assertThat(draft.mayBeApproved()).isFalse();
        assertThatThrownBy(() -> draft.approve(7L, null, null, "ufficio", List.of(), TODAY, NOW))
                .isInstanceOf(RuleViolationException.class);

        draft.circulate(TODAY.plusDays(10), TODAY, NOW);
        assertThat(draft.mayBeCirculated()).isFalse();
        assertThat(draft.mayBeApproved()).isTrue();
    }

    @Test
    void remarksAreOpenWhileCirculatedUntilTheDeadlineIncluded() {
        Minutes minutes = circulated(1, TODAY.plusDays(3));
        assertThat(draft(1).isOpenForRemarks(TODAY)).isFalse();
        assertThat(minutes.isOpenForRemarks(TODAY)).isTrue();
        assertThat(minutes.isOpenForRemarks(TODAY.plusDays(3))).isTrue();
        assertThat(minutes.isOpenForRemarks(TODAY.plusDays(4))).isFalse();
        assertThatThrownBy(() -> minutes.requireOpenForRemarks(TODAY.plusDays(4)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void whileRemarksAreOpenTheCoordinatorApprovesOnlyGivingAReasonALaterMeetingWithout() {
        Minutes byCoordinator = circulated(1, TODAY.plusDays(3));
        assertThatThrownBy(
                        () -> byCoordinator.approve(NO_MEETING, "Coordinatrice", " ", "ufficio", List.of(), TODAY, NOW))
                .isInstanceOf(RuleViolationException.class);
        byCoordinator.approve(NO_MEETING, "Coordinatrice", "Scadenza del bando", "ufficio", List.of(), TODAY, NOW);
        assertThat(byCoordinator.remarksClosedOn()).isEqualTo(TODAY);
        assertThat(byCoordinator.remarksClosedReason()).isEqualTo("Scadenza del bando");

        Minutes byMeeting = circulated(1, TODAY.plusDays(3));
        byMeeting.approve(7L, null, null, "ufficio", List.of(), TODAY, NOW);
        assertThat(byMeeting.remarksClosedOn()).isEqualTo(TODAY);
        assertThat(byMeeting.remarksClosedReason()).isNull();
    }

    @Test
    void onlyTheNewestVersionOnceApprovedIsCorrectedOneCorrectionAtATime() {
        Minutes first = approved(1);
        assertThat(first.mayBeCorrected(List.of(first))).isTrue();

        Minutes correction = draft(2);
        List<Minutes> withOpenCorrection = List.of(correction, first);
        assertThat(first.mayBeCorrected(withOpenCorrection)).isFalse();
        assertThat(correction.mayBeCorrected(withOpenCorrection)).isFalse();
        assertThatThrownBy(() -> first.requireCorrectable(withOpenCorrection))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("error.minutes.openVersion");

        Minutes second = approved(2);
        List<Minutes> bothApproved = List.of(second, first);
        assertThat(first.mayBeCorrected(bothApproved)).isFalse();
        assertThat(second.mayBeCorrected(bothApproved)).isTrue();
        assertThatThrownBy(() -> first.requireCorrectable(bothApproved))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("error.minutes.notLatest");
    }
}

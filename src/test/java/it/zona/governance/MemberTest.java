package it.zona.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static Member seat(long person, String from, String to) {
        return new Member(
                person, MemberRole.MEMBER, null, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void aSeatIsCurrentFromItsFirstToItsLastDay() {
        Member member = seat(1, "2024-01-01", "2024-12-31");
        assertThat(member.isCurrentOn(LocalDate.parse("2024-01-01"))).isTrue();
        assertThat(member.isCurrentOn(LocalDate.parse("2024-12-31"))).isTrue();
        assertThat(member.isCurrentOn(LocalDate.parse("2025-01-01"))).isFalse();
        assertThat(member.isCurrentOn(LocalDate.parse("2023-12-31"))).isFalse();
    }

    @Test
    void anOpenEndedSeatIsCurrentFromItsStartOn() {
        assertThat(seat(1, "2024-01-01", null).isCurrentOn(LocalDate.parse("2030-06-01")))
                .isTrue();
    }

    @Test
    void aSeatCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> seat(1, "2024-01-01", "2023-12-31")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void thePersonMayNotHoldTwoSeatsOfTheSameBodyOnTheSameDays() {
        GoverningBody body = new GoverningBody(1, GoverningBodyType.BOARD, "CdA", null);
        assertThatThrownBy(() -> body.replaceMembers(List.of(seat(7, "2024-01-01", null), seat(7, "2025-01-01", null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("error.member.overlap");
    }

    @Test
    void thePersonMayComeBackAfterTheirSeatEnded() {
        GoverningBody body = new GoverningBody(1, GoverningBodyType.BOARD, "CdA", null);
        body.replaceMembers(List.of(seat(7, "2020-01-01", "2023-12-31"), seat(7, "2024-01-01", null)));
        assertThat(body.members()).hasSize(2);
    }
}

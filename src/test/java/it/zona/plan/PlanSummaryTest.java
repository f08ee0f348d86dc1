package it.zona.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanSummaryTest {

    private static PlanSummary plan(String title, int first, int last) {
        return new PlanSummary(1, title, first, last, PlanStage.TABLES, true);
    }

    @Test
    void aTitleThatSaysItsYearsIsNotFollowedByThemAgain() {
        assertThat(plan("Piano sociale di zona 2025-2027", 2025, 2027).label())
                .isEqualTo("Piano sociale di zona 2025-2027");
        assertThat(plan("Piano sociale di zona 2025–2027", 2025, 2027).label())
                .isEqualTo("Piano sociale di zona 2025–2027");
        assertThat(plan("Piano di zona 2026", 2026, 2026).label()).isEqualTo("Piano di zona 2026");
    }

    @Test
    void aTitleWithoutItsYearsIsFollowedByThePeriod() {
        assertThat(plan("Piano sociale di zona", 2025, 2027).label()).isEqualTo("Piano sociale di zona (2025-2027)");
        assertThat(plan("Piano 2022-2024 rivisto", 2025, 2027).label())
                .isEqualTo("Piano 2022-2024 rivisto (2025-2027)");
    }
}

package it.zona.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicationWindowTest {

    private final ApplicationWindow march =
            new ApplicationWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null);

    @Test
    void aWindowIsUpcomingBeforeItsFirstDayOpenOnBothItsDaysAndClosedAfterItsLast() {
        assertThat(march.stateOn(LocalDate.of(2026, 2, 28))).isEqualTo(WindowState.UPCOMING);
        assertThat(march.stateOn(LocalDate.of(2026, 3, 1))).isEqualTo(WindowState.OPEN);
        assertThat(march.stateOn(LocalDate.of(2026, 3, 31))).isEqualTo(WindowState.OPEN);
        assertThat(march.stateOn(LocalDate.of(2026, 4, 1))).isEqualTo(WindowState.CLOSED);
    }
}

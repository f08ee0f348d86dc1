package it.zona.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The application window of a titolo sociale (bando): from when to when citizens may apply, with
 * the money and the places it has. Open on both days it names.
 */
@Embeddable
record ApplicationWindow(
        @Column(name = "window_opens_on") LocalDate opensOn,
        @Column(name = "window_closes_on") LocalDate closesOn,
        @Column(name = "window_budget") BigDecimal budget,
        @Column(name = "window_places") Integer places) {

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public WindowState stateOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            return WindowState.UPCOMING;
        }
        return isOpenOn(day) ? WindowState.OPEN : WindowState.CLOSED;
    }
}

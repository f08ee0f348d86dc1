package it.zona.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.office.OpeningHours.Closure;
import it.zona.office.OpeningHours.Slot;
import it.zona.shared.RuleViolationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** Monday 23 November 2026, Europe/Rome. */
    private static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ROME).toInstant();
    }

    private static Slot slot(DayOfWeek day, String opens, String closes) {
        return new Slot(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static final OpeningHours OFFICE = new OpeningHours(
            List.of(
                    slot(DayOfWeek.MONDAY, "09:00", "12:00"),
                    slot(DayOfWeek.WEDNESDAY, "09:00", "12:00"),
                    slot(DayOfWeek.WEDNESDAY, "15:30", "17:30")),
            List.of());

    @Nested
    class OpenNow {

        @Test
        void isOpenDuringASlotAndSaysUntilWhen() {
            OpeningHours.Status status = OFFICE.statusAt(rome("2026-11-23T10:15"));
            assertThat(status.open()).isTrue();
            assertThat(status.until()).isEqualTo(LocalDateTime.parse("2026-11-23T12:00"));
        }

        @Test
        void opensAtTheFirstMinuteAndClosesAtTheLast() {
            assertThat(OFFICE.isOpenAt(rome("2026-11-23T09:00"))).isTrue();
            assertThat(OFFICE.isOpenAt(rome("2026-11-23T11:59:59"))).isTrue();
            assertThat(OFFICE.isOpenAt(rome("2026-11-23T12:00"))).isFalse();
            assertThat(OFFICE.isOpenAt(rome("2026-11-23T08:59:59"))).isFalse();
        }

        @Test
        void isClosedBetweenTwoSlotsOfADayAndSaysWhenItOpensAgain() {
            OpeningHours.Status status = OFFICE.statusAt(rome("2026-11-25T13:00"));
            assertThat(status.open()).isFalse();
            assertThat(status.nextOpening()).isEqualTo(LocalDateTime.parse("2026-11-25T15:30"));
        }

        @Test
        void afterTheLastSlotOfTheWeekTheNextOpeningIsNextWeek() {
            assertThat(OFFICE.statusAt(rome("2026-11-25T18:00")).nextOpening())
                    .isEqualTo(LocalDateTime.parse("2026-11-30T09:00"));
        }

        @Test
        void anOfficeWithNoHoursIsClosedWithNoNextOpening() {
            OpeningHours.Status status = new OpeningHours(List.of(), List.of()).statusAt(rome("2026-11-23T10:00"));
            assertThat(status.open()).isFalse();
            assertThat(status.nextOpening()).isNull();
        }

        @Test
        void readsTheTimeInRomeWhateverTheServerZone() {
            // 09:30 UTC on a winter Monday is 10:30 in Rome: open.
            assertThat(OFFICE.isOpenAt(Instant.parse("2026-11-23T09:30:00Z"))).isTrue();
            // 11:30 UTC is 12:30 in Rome: closed, although 11:30 would be within the slot in UTC.
            assertThat(OFFICE.isOpenAt(Instant.parse("2026-11-23T11:30:00Z"))).isFalse();
        }
    }

    @Nested
    class Closures {

        private final OpeningHours withHolidays = new OpeningHours(
                OFFICE.slots(),
                List.of(new Closure(LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-09"), "Immacolata")));

        @Test
        void aClosureClosesTheSlotsOfItsDays() {
            assertThat(withHolidays.isOpenAt(rome("2026-12-07T10:00"))).isFalse();
            assertThat(withHolidays.isOpenAt(rome("2026-12-09T10:00"))).isFalse();
        }

        @Test
        void theNextOpeningSkipsTheClosure() {
            assertThat(withHolidays.statusAt(rome("2026-12-07T10:00")).nextOpening())
                    .isEqualTo(LocalDateTime.parse("2026-12-14T09:00"));
        }

        @Test
        void daysOutsideTheClosureAreNotAffected() {
            assertThat(withHolidays.isOpenAt(rome("2026-11-30T10:00"))).isTrue();
        }

        @Test
        void aClosureCannotEndBeforeItStarts() {
            assertThatThrownBy(() -> new Closure(LocalDate.parse("2026-12-09"), LocalDate.parse("2026-12-07"), null))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("error.closure.endBeforeStart");
        }

        @Test
        void onlyClosuresThatAreNotOverAreListedAsComing() {
            assertThat(withHolidays.closuresFrom(LocalDate.parse("2026-12-09"))).hasSize(1);
            assertThat(withHolidays.closuresFrom(LocalDate.parse("2026-12-10"))).isEmpty();
        }
    }

    @Nested
    class Midnight {

        private final OpeningHours nightShelter = new OpeningHours(
                List.of(slot(DayOfWeek.FRIDAY, "20:00", "02:00"), slot(DayOfWeek.SATURDAY, "18:00", "00:00")),
                List.of());

        @Test
        void aSlotClosingBeforeItOpensRunsPastMidnight() {
            assertThat(nightShelter.isOpenAt(rome("2026-11-27T23:30"))).isTrue();
            assertThat(nightShelter.isOpenAt(rome("2026-11-28T01:59"))).isTrue();
            assertThat(nightShelter.isOpenAt(rome("2026-11-28T02:00"))).isFalse();
            assertThat(nightShelter.statusAt(rome("2026-11-28T00:30")).until())
                    .isEqualTo(LocalDateTime.parse("2026-11-28T02:00"));
        }

        @Test
        void midnightAsClosingTimeMeansTheEndOfTheDay() {
            assertThat(nightShelter.isOpenAt(rome("2026-11-28T23:59:59"))).isTrue();
            assertThat(nightShelter.isOpenAt(rome("2026-11-29T00:00"))).isFalse();
        }

        @Test
        void aClosureOnTheDayASlotStartsClosesItsHoursAfterMidnightToo() {
            OpeningHours closedFriday = new OpeningHours(
                    nightShelter.slots(),
                    List.of(new Closure(LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-27"), null)));
            assertThat(closedFriday.isOpenAt(rome("2026-11-28T01:00"))).isFalse();
        }
    }

    @Nested
    class DaylightSaving {

        private final OpeningHours sundayNight =
                new OpeningHours(List.of(slot(DayOfWeek.SUNDAY, "01:00", "04:00")), List.of());

        @Test
        void slotsKeepTheirWallClockHoursAcrossTheSpringChange() {
            // 29 March 2026: clocks go from 02:00 to 03:00. 01:30 and 03:30 exist and are in the slot.
            assertThat(sundayNight.isOpenAt(rome("2026-03-29T01:30"))).isTrue();
            assertThat(sundayNight.isOpenAt(Instant.parse("2026-03-29T01:30:00Z")))
                    .isTrue(); // 03:30 CEST
            assertThat(sundayNight.isOpenAt(Instant.parse("2026-03-29T02:00:00Z")))
                    .isFalse(); // 04:00 CEST
        }

        @Test
        void theRepeatedHourOfTheAutumnChangeIsOpenBothTimes() {
            // 25 October 2026: clocks go from 03:00 back to 02:00; 02:30 happens twice.
            assertThat(sundayNight.isOpenAt(Instant.parse("2026-10-25T00:30:00Z")))
                    .isTrue(); // 02:30 CEST
            assertThat(sundayNight.isOpenAt(Instant.parse("2026-10-25T01:30:00Z")))
                    .isTrue(); // 02:30 CET
            assertThat(sundayNight.isOpenAt(Instant.parse("2026-10-25T03:00:00Z")))
                    .isFalse(); // 04:00 CET
        }

        @Test
        void aWinterSlotOpensAtTheSameWallClockTimeInSummer() {
            OpeningHours morning = new OpeningHours(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")), List.of());
            assertThat(morning.isOpenAt(Instant.parse("2026-01-12T08:00:00Z"))).isTrue(); // 09:00 CET
            assertThat(morning.isOpenAt(Instant.parse("2026-07-13T07:00:00Z"))).isTrue(); // 09:00 CEST
            assertThat(morning.isOpenAt(Instant.parse("2026-07-13T06:59:00Z"))).isFalse(); // 08:59 CEST
        }
    }

    @Nested
    class Validation {

        @Test
        void slotsOfTheSameDayMayNotOverlap() {
            assertThatThrownBy(() -> new OpeningHours(
                            List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00"), slot(DayOfWeek.MONDAY, "11:00", "13:00")),
                            List.of()))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("error.hours.overlap");
        }

        @Test
        void aSlotPastMidnightMayNotOverlapTheNextDaysFirstSlot() {
            assertThatThrownBy(() -> new OpeningHours(
                            List.of(slot(DayOfWeek.SUNDAY, "22:00", "02:00"), slot(DayOfWeek.MONDAY, "01:00", "03:00")),
                            List.of()))
                    .isInstanceOf(RuleViolationException.class);
        }

        @Test
        void adjacentSlotsAreFine() {
            OpeningHours hours = new OpeningHours(
                    List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00"), slot(DayOfWeek.MONDAY, "12:00", "13:00")),
                    List.of());
            assertThat(hours.isOpenAt(rome("2026-11-23T12:30"))).isTrue();
        }

        @Test
        void aSlotCannotOpenAndCloseAtTheSameTime() {
            assertThatThrownBy(() -> slot(DayOfWeek.MONDAY, "09:00", "09:00"))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("error.hours.emptySlot");
        }

        @Test
        void theWeekListsEveryDayInOrderWithItsSlots() {
            List<OpeningHours.Day> week = OFFICE.week();
            assertThat(week).extracting(OpeningHours.Day::day).containsExactly(DayOfWeek.values());
            assertThat(week.get(2).slots()).hasSize(2);
            assertThat(week.get(1).slots()).isEmpty();
        }
    }
}

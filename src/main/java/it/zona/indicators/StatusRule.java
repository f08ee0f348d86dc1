package it.zona.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The status of an indicator in one year, from its target for the year, its baseline and the year's
 * measurements. The rule, in order:
 *
 * <ol>
 *   <li>No target for the year, or no valid measurement of it (a corrected one is not valid): {@code NO_DATA}.
 *   <li>The latest valid value is the one whose day is the latest (its reference date, else the end of its
 *       period, else the 31 December of the year), the later recorded on the same day. If it meets the
 *       target in the indicator's direction (at least the target when higher is better, at most when lower
 *       is better): {@code REACHED}.
 *   <li>Otherwise, with a baseline, the share of the way from the baseline to the target that the value has
 *       covered is compared with the share of the year gone by on the value's day (day of the year over
 *       the days of the year): at least as much is {@code ON_TRACK}. A value of the whole year (no date)
 *       has the whole year gone by, so only the target itself is on track, and it is reached.
 *   <li>Anything else is {@code BEHIND}: a value short of the target with no baseline to measure
 *       progress from, a baseline that already met the target, or progress slower than the year.
 * </ol>
 *
 * The rule reads no clock: a status changes when a measurement or a target does, never by itself
 * (a value that grows stale is an alert's concern, not the status's).
 */
final class StatusRule {

    private StatusRule() {}

    /** A measurement as the rule sees it: its id (the order of recording), its day, its value, whether corrected. */
    record Reading(long id, LocalDate day, BigDecimal value, boolean corrected) {}

    /** A year's status with the target and the latest valid value it was computed from (either may be null). */
    record Standing(int year, BigDecimal target, BigDecimal value, LocalDate day, IndicatorStatus status) {}

    static Standing evaluate(
            Direction direction, BigDecimal baseline, BigDecimal target, int year, List<Reading> readingsOfYear) {
        Optional<Reading> latest = latest(readingsOfYear);
        if (latest.isEmpty()) {
            return new Standing(year, target, null, null, IndicatorStatus.NO_DATA);
        }
        Reading reading = latest.get();
        if (target == null) {
            return new Standing(year, null, reading.value(), reading.day(), IndicatorStatus.NO_DATA);
        }
        return new Standing(year, target, reading.value(), reading.day(), judge(direction, baseline, target, reading));
    }

    /** The latest valid reading: the latest day, then the latest recorded. */
    static Optional<Reading> latest(List<Reading> readings) {
        return readings.stream()
                .filter(r -> !r.corrected())
                .max(Comparator.comparing(Reading::day).thenComparingLong(Reading::id));
    }

    private static IndicatorStatus judge(Direction direction, BigDecimal baseline, BigDecimal target, Reading reading) {
        BigDecimal sign = BigDecimal.valueOf(direction.sign());
        if (reading.value().subtract(target).multiply(sign).signum() >= 0) {
            return IndicatorStatus.REACHED;
        }
        if (baseline == null) {
            return IndicatorStatus.BEHIND;
        }
        BigDecimal way = target.subtract(baseline).multiply(sign);
        if (way.signum() <= 0) {
            return IndicatorStatus.BEHIND;
        }
        BigDecimal covered = reading.value().subtract(baseline).multiply(sign);
        LocalDate day = reading.day();
        // covered / way >= dayOfYear / lengthOfYear, without dividing.
        BigDecimal done = covered.multiply(BigDecimal.valueOf(day.lengthOfYear()));
        BigDecimal due = way.multiply(BigDecimal.valueOf(day.getDayOfYear()));
        return done.compareTo(due) >= 0 ? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND;
    }
}

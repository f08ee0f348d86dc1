package it.zona.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An intervention's current status and percentage, from its entries: those of the latest entry
 * (by day, then the later recorded) that set each. Before any entry set a status the intervention is
 * NOT_STARTED; before any set a percentage, it is 0, or 100 once COMPLETED.
 */
record ProgressState(ImplementationStatus status, LocalDate since, int percent) {

    /** An entry as the rule sees it. */
    record Step(long id, LocalDate date, ImplementationStatus status, Integer percent) {}

    static ProgressState of(List<Step> steps) {
        Comparator<Step> order = Comparator.comparing(Step::date).thenComparingLong(Step::id);
        Step withStatus =
                steps.stream().filter(s -> s.status() != null).max(order).orElse(null);
        Step withPercent =
                steps.stream().filter(s -> s.percent() != null).max(order).orElse(null);
        ImplementationStatus status = withStatus == null ? ImplementationStatus.NOT_STARTED : withStatus.status();
        int percent = withPercent != null ? withPercent.percent() : status == ImplementationStatus.COMPLETED ? 100 : 0;
        return new ProgressState(status, withStatus == null ? null : withStatus.date(), percent);
    }
}

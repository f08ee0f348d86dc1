package it.zona.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Implemented by participation, so that the plan's pages show where an objective, an intervention
 * or a need came from (a table's meeting, an organisation's proposal) and what the tables said of
 * an intervention's progress, without this module depending on participation. What it answers is
 * public, as the meetings are.
 */
public interface ParticipationTrace {

    /** Objective id → where each of the plan's objectives came from (objectives without one are absent). */
    Map<Long, List<Origin>> objectiveOrigins(long planId);

    List<Origin> interventionOrigins(long interventionId);

    List<Origin> needOrigins(long needId);

    /** The tables' progress notes on the intervention, newest first. */
    List<ProgressReport> progress(long interventionId);

    /** How something came from a table: a proposal adopted as it is or merged into it, a need heard. */
    enum OriginKind {
        ADOPTED,
        MERGED,
        HEARD
    }

    /**
     * One origin: how, what was said ({@code title}), by whom, at which table (null for a plenary
     * meeting) and on which day; {@code path} links to the page that shows it.
     */
    record Origin(
            OriginKind kind, String title, String organization, String tableName, LocalDate meetingDate, String path) {}

    /**
     * A table's note on the intervention at a meeting; {@code status} names a constant of
     * participation's progress status, labelled {@code progressStatus.<status>}.
     */
    record ProgressReport(LocalDate date, String status, String remarks, String tableName, String path) {}
}

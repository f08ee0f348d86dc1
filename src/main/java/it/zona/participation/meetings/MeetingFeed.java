package it.zona.participation.meetings;

import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.TableFacts;
import it.zona.participation.tables.TableRegistry;
import it.zona.plan.PlanFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iCalendar feeds of a plan's meetings and of a table's, which calendar applications subscribe
 * to; public like the meetings.
 */
@Service
class MeetingFeed {

    private final MeetingRegistry meetings;
    private final Meetings rows;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final MeetingCalendar calendar;
    private final Clock clock;

    MeetingFeed(
            MeetingRegistry meetings,
            Meetings rows,
            TableRegistry tables,
            PlanningSpaces spaces,
            MeetingCalendar calendar,
            Clock clock) {
        this.meetings = meetings;
        this.rows = rows;
        this.tables = tables;
        this.spaces = spaces;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** An iCalendar feed and when it last changed (for Last-Modified and the ETag). */
    public record Feed(String content, Instant lastModified) {}

    @Transactional(readOnly = true)
    Feed planFeed(long planId) {
        PlanFacts plan = spaces.plan(planId);
        return feed(
                plan.title() + " – " + plan.districtName(),
                plan,
                calendar.deadline(plan),
                rows.findByPlanIdOrderByDateAscStartTimeAsc(planId));
    }

    @Transactional(readOnly = true)
    Feed tableFeed(long tableId) {
        TableFacts table = tables.facts(tableId);
        return feed(
                table.name(), spaces.plan(table.planId()), null, rows.findByTableIdOrderByDateAscStartTimeAsc(tableId));
    }

    private Feed feed(String name, PlanFacts plan, MeetingCalendar.Deadline deadline, List<Meeting> found) {
        Instant lastModified = found.stream()
                .map(Meeting::updatedAt)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        // A feed without meetings has no change to date its events by: stamp them now (the ETag
        // leaves DTSTAMP out, so this does not defeat caching).
        Instant stamp = found.isEmpty() ? clock.instant() : lastModified;
        return new Feed(
                calendar.feed(name, meetings.views(found), calendar.organizer(plan), deadline, stamp), lastModified);
    }
}

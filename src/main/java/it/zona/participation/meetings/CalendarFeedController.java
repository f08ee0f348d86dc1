package it.zona.participation.meetings;

import it.zona.shared.web.PublicPage;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public iCalendar feeds of a plan's meetings and of one table's, for calendar programs to
 * subscribe to (webcal://). They answer 304 to a client that already has the latest version.
 */
@Controller
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final MeetingFeed feeds;

    CalendarFeedController(MeetingFeed feeds) {
        this.feeds = feeds;
    }

    @PublicPage
    @GetMapping("/calendar/plans/{planId}.ics")
    ResponseEntity<String> plan(@PathVariable long planId, WebRequest request) {
        return answer(feeds.planFeed(planId), "plan-" + planId, request);
    }

    @PublicPage
    @GetMapping("/calendar/tables/{tableId}.ics")
    ResponseEntity<String> table(@PathVariable long tableId, WebRequest request) {
        return answer(feeds.tableFeed(tableId), "table-" + tableId, request);
    }

    private static ResponseEntity<String> answer(MeetingFeed.Feed feed, String name, WebRequest request) {
        String etag = "\""
                + Integer.toHexString(
                        feed.content().replaceAll("DTSTAMP:[^\\r\\n]*", "").hashCode()) + "\"";
        if (request.checkNotModified(etag, feed.lastModified().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .eTag(etag)
                .lastModified(feed.lastModified())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
                .header("Content-Disposition", "inline; filename=\"" + name + ".ics\"")
                .body(feed.content());
    }
}

package it.zona.participation.meetings;

import it.zona.mail.ICalendar;
import it.zona.participation.space.PublicLinks;
import it.zona.plan.PlanFacts;
import it.zona.shared.PlatformConfig;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Meetings in iCalendar (RFC 5545): the invitations mailed to the members (METHOD REQUEST, and
 * CANCEL when a meeting is called off) and the feeds that calendar programs subscribe to (METHOD
 * PUBLISH). Each meeting keeps one UID, and its SEQUENCE grows with each change of time, place or
 * status, so a calendar replaces the event instead of adding another ({@link ICalendar} writes them).
 */
@Component
public class MeetingCalendar {

    static final String PRODUCT = "-//Zona//Piano di Zona//IT";
    private static final String ZONE = PlatformConfig.ZONE.getId();

    private final PublicLinks links;
    private final MessageSource messages;
    private final String from;

    MeetingCalendar(
            PublicLinks links, MessageSource messages, @Value("${zona.mail.from:noreply@zona.invalid}") String from) {
        this.links = links;
        this.messages = messages;
        this.from = from;
    }

    /** Who receives an invitation, and the name a calendar shows for them. */
    public record Recipient(String email, String name) {}

    /** Who sends the invitations: the District's planning office. */
    record Organizer(String email, String name) {}

    /**
     * The organizer of a plan's meetings, in invitations and feeds alike: the District's planning
     * office at the platform's sending address, never a person's own address.
     */
    Organizer organizer(PlanFacts plan) {
        return new Organizer(
                from,
                messages.getMessage("meeting.mail.organizer", new Object[] {plan.districtName()}, Locale.ITALIAN));
    }

    /** The plan's deadline for its acts as its feed shows it, or null when the plan has none. */
    Deadline deadline(PlanFacts plan) {
        return plan.actsDeadline() == null
                ? null
                : new Deadline(
                        plan.id(),
                        plan.actsDeadline(),
                        messages.getMessage(
                                "meeting.calendar.actsDeadline", new Object[] {plan.title()}, Locale.ITALIAN));
    }

    String uid(long meetingId) {
        return "meeting-" + meetingId + "@" + links.host();
    }

    String url(long meetingId) {
        return links.to("/meetings/" + meetingId);
    }

    /** An invitation (REQUEST) or a cancellation (CANCEL) of one meeting, for its attendees. */
    String invitation(MeetingView meeting, String method, Organizer organizer, List<Recipient> attendees, Instant now) {
        return ICalendar.invitation(
                        PRODUCT,
                        method,
                        event(meeting),
                        party(organizer),
                        attendees.stream()
                                .map(r -> new ICalendar.Party(r.email(), r.name()))
                                .toList(),
                        now)
                .content();
    }

    /**
     * Every meeting given, cancelled ones included (STATUS:CANCELLED), for a subscription, and the
     * plan's deadline for its acts when given (a plan's feed); each event names its organizer, as
     * RFC 5546 wants of a PUBLISH.
     */
    String feed(String name, List<MeetingView> meetings, Organizer organizer, Deadline deadline, Instant now) {
        Calendar calendar = ICalendar.calendar(PRODUCT, Method.VALUE_PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
        for (MeetingView meeting : meetings) {
            VEvent event = ICalendar.event(event(meeting), now);
            event.add(ICalendar.organizer(party(organizer)));
            calendar.add(event);
        }
        if (deadline != null) {
            calendar.add(deadline(deadline, organizer, now));
        }
        return ICalendar.write(calendar);
    }

    /** A plan's deadline for its acts: a whole day (VALUE=DATE), not a time. */
    record Deadline(long planId, LocalDate day, String summary) {}

    private VEvent deadline(Deadline deadline, Organizer organizer, Instant now) {
        VEvent event = new VEvent(deadline.day(), deadline.day().plusDays(1), deadline.summary());
        event.add(new Uid("plan-" + deadline.planId() + "-acts-deadline@" + links.host()));
        event.replace(new DtStamp(now));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        event.add(new Url(URI.create(links.to("/plans/" + deadline.planId() + "/calendar"))));
        event.add(ICalendar.organizer(party(organizer)));
        return event;
    }

    private ICalendar.Event event(MeetingView meeting) {
        return new ICalendar.Event(
                uid(meeting.id()),
                meeting.sequence(),
                meeting.date().atTime(meeting.startTime()),
                meeting.date().atTime(meeting.endTime()),
                summary(meeting),
                location(meeting),
                description(meeting),
                url(meeting.id()),
                meeting.status() == MeetingStatus.CANCELLED);
    }

    private static ICalendar.Party party(Organizer organizer) {
        return new ICalendar.Party(organizer.email(), organizer.name());
    }

    private String summary(MeetingView meeting) {
        return meeting.tableName() == null ? meeting.title() : meeting.title() + " – " + meeting.tableName();
    }

    static String location(MeetingView meeting) {
        if (meeting.place() != null && meeting.onlineLink() != null) {
            return meeting.place() + " / " + meeting.onlineLink();
        }
        return meeting.place() != null ? meeting.place() : meeting.onlineLink();
    }

    /** The agenda, numbered, and the meeting's page; in Italian, as the members are Italian bodies. */
    String description(MeetingView meeting) {
        StringBuilder text = new StringBuilder();
        if (!meeting.agenda().isEmpty()) {
            text.append(messages.getMessage("meeting.mail.agenda", null, Locale.ITALIAN))
                    .append('\n');
            for (int i = 0; i < meeting.agenda().size(); i++) {
                text.append(i + 1).append(". ").append(meeting.agenda().get(i)).append('\n');
            }
        }
        if (meeting.onlineLink() != null) {
            text.append(messages.getMessage("meeting.mail.online", new Object[] {meeting.onlineLink()}, Locale.ITALIAN))
                    .append('\n');
        }
        text.append(url(meeting.id()));
        return text.toString();
    }
}

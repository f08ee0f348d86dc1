package it.zona.participation;

import it.zona.shared.PlatformConfig;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Meetings in iCalendar (RFC 5545): the invitations mailed to the members (METHOD REQUEST, and
 * CANCEL when a meeting is called off) and the feeds that calendar programs subscribe to (METHOD
 * PUBLISH). Each meeting keeps one UID, and its SEQUENCE grows with each change of time, place or
 * status, so a calendar replaces the event instead of adding another. Times are Europe/Rome with the
 * zone's VTIMEZONE from ical4j's own registry (no network: see ical4j.properties).
 */
@Component
class MeetingCalendar {

    static final String PRODUCT = "-//Zona//Piano di Zona//IT";
    private static final String ZONE = PlatformConfig.ZONE.getId();

    private final PublicLinks links;
    private final MessageSource messages;
    private final VTimeZone timeZone;

    MeetingCalendar(PublicLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        this.timeZone = registry.getTimeZone(ZONE).getVTimeZone();
    }

    /** Who receives an invitation, and the name a calendar shows for them. */
    record Recipient(String email, String name) {}

    /** Who sends the invitations: the District's planning office. */
    record Organizer(String email, String name) {}

    String uid(long meetingId) {
        return "meeting-" + meetingId + "@" + links.host();
    }

    String url(long meetingId) {
        return links.to("/meetings/" + meetingId);
    }

    /** An invitation (REQUEST) or a cancellation (CANCEL) of one meeting, for its attendees. */
    String invitation(MeetingView meeting, String method, Organizer organizer, List<Recipient> attendees, Instant now) {
        Calendar calendar = calendar(method);
        VEvent event = event(meeting, now);
        event.add(organizer(organizer));
        for (Recipient recipient : attendees) {
            Attendee attendee = new Attendee(URI.create("mailto:" + recipient.email()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(new Rsvp(false));
            if (recipient.name() != null) {
                attendee.add(new Cn(recipient.name()));
            }
            event.add(attendee);
        }
        calendar.add(event);
        return write(calendar);
    }

    /** Every meeting given, cancelled ones included (STATUS:CANCELLED), for a subscription. */
    String feed(String name, List<MeetingView> meetings, Instant now) {
        Calendar calendar = calendar(Method.VALUE_PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
        for (MeetingView meeting : meetings) {
            calendar.add(event(meeting, now));
        }
        return write(calendar);
    }

    private Calendar calendar(String method) {
        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT).withDefaults();
        calendar.add(new Method(method));
        calendar.add(timeZone);
        return calendar;
    }

    private VEvent event(MeetingView meeting, Instant now) {
        ZonedDateTime start = meeting.date().atTime(meeting.startTime()).atZone(PlatformConfig.ZONE);
        ZonedDateTime end = meeting.date().atTime(meeting.endTime()).atZone(PlatformConfig.ZONE);
        VEvent event = new VEvent(start, end, summary(meeting));
        event.add(new Uid(uid(meeting.id())));
        event.add(new Sequence(meeting.sequence()));
        event.add(new DtStamp(now));
        event.add(new Status(
                meeting.status() == MeetingStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        String location = location(meeting);
        if (location != null) {
            event.add(new Location(location));
        }
        event.add(new Url(URI.create(url(meeting.id()))));
        event.add(new Description(description(meeting)));
        event.add(new LastModified(now));
        return event;
    }

    private net.fortuna.ical4j.model.property.Organizer organizer(Organizer organizer) {
        net.fortuna.ical4j.model.property.Organizer property =
                new net.fortuna.ical4j.model.property.Organizer(URI.create("mailto:" + organizer.email()));
        if (organizer.name() != null) {
            property.add(new Cn(organizer.name()));
        }
        return property;
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

    private static String write(Calendar calendar) {
        try {
            java.io.StringWriter out = new java.io.StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot write the iCalendar", e);
        }
    }
}

package it.zona.mail;

import it.zona.shared.PlatformConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
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

/**
 * iCalendar (RFC 5545) as Zona writes it, for the invitations it mails and the feeds it publishes:
 * times in Europe/Rome with the zone's VTIMEZONE from ical4j's own registry (no network: see
 * ical4j.properties), and each event under one UID whose SEQUENCE grows with each change of time,
 * place or status, so that a calendar replaces the event instead of adding another (RFC 5546).
 */
public final class ICalendar {

    private static final VTimeZone ZONE = TimeZoneRegistryFactory.getInstance()
            .createRegistry()
            .getTimeZone(PlatformConfig.ZONE.getId())
            .getVTimeZone();

    private ICalendar() {}

    /**
     * An event as calendars show it, in local time of Europe/Rome; {@code end} is null for one whose
     * end nobody knows (a calendar shows it at its start).
     */
    public record Event(
            String uid,
            int sequence,
            LocalDateTime start,
            LocalDateTime end,
            String summary,
            String location,
            String description,
            String url,
            boolean cancelled) {}

    /** Who organises or attends: an address and the name a calendar shows, if any. */
    public record Party(String email, String name) {}

    /** An empty calendar of the product, with its METHOD and the zone its times refer to. */
    public static Calendar calendar(String product, String method) {
        Calendar calendar = new Calendar();
        calendar.withProdId(product).withDefaults();
        calendar.add(new Method(method));
        calendar.add(ZONE);
        return calendar;
    }

    /** The event, stamped {@code now}. */
    public static VEvent event(Event event, Instant now) {
        ZonedDateTime start = event.start().atZone(PlatformConfig.ZONE);
        VEvent vevent = event.end() == null
                ? new VEvent(start, event.summary())
                : new VEvent(start, event.end().atZone(PlatformConfig.ZONE), event.summary());
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        // the constructor has already stamped the event with the clock's time: one DTSTAMP only
        vevent.replace(new DtStamp(now));
        vevent.add(new Status(event.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        vevent.add(new LastModified(now));
        return vevent;
    }

    public static Organizer organizer(Party organizer) {
        Organizer property = new Organizer(URI.create("mailto:" + organizer.email()));
        if (organizer.name() != null) {
            property.add(new Cn(organizer.name()));
        }
        return property;
    }

    /** An attendee whose presence is asked for, with no reply expected by mail. */
    public static Attendee attendee(Party attendee) {
        Attendee property = new Attendee(URI.create("mailto:" + attendee.email()));
        property.add(Role.REQ_PARTICIPANT);
        property.add(PartStat.NEEDS_ACTION);
        property.add(new Rsvp(false));
        if (attendee.name() != null) {
            property.add(new Cn(attendee.name()));
        }
        return property;
    }

    /** One event for its attendees, as an invitation (REQUEST) or its cancellation (CANCEL) is mailed. */
    public static CalendarPart invitation(
            String product, String method, Event event, Party organizer, Iterable<Party> attendees, Instant now) {
        Calendar calendar = calendar(product, method);
        VEvent vevent = event(event, now);
        vevent.add(organizer(organizer));
        attendees.forEach(party -> vevent.add(attendee(party)));
        calendar.add(vevent);
        return new CalendarPart(method, write(calendar));
    }

    public static String write(Calendar calendar) {
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the iCalendar", e);
        }
    }
}

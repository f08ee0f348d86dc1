package it.zona.sitting.convocation;

import it.zona.mail.CalendarPart;
import it.zona.mail.ICalendar;
import it.zona.sitting.SittingStatus;
import it.zona.sitting.SittingView;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A sitting in iCalendar: one event under one UID, at the first call's day and time (a calendar
 * takes one start; the second call is in the description, with the agenda), with no end, since a
 * convocation gives none. In Italian, as the members are Italian public bodies.
 */
@Component
class SittingCalendar {

    static final String PRODUCT = "-//Zona//Sedute degli organi//IT";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALIAN);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ITALIAN);

    private final MessageSource messages;
    private final String base;
    private final String host;
    private final String from;

    SittingCalendar(
            MessageSource messages,
            @Value("${zona.base-url:http://localhost:8080}") String baseUrl,
            @Value("${zona.mail.from:noreply@zona.invalid}") String from) {
        this.messages = messages;
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String parsed = URI.create(base).getHost();
        this.host = parsed == null ? "localhost" : parsed;
        this.from = from;
    }

    /** The invitation (REQUEST) or, for a cancelled sitting, its cancellation (CANCEL), for the members reached. */
    CalendarPart invitation(
            SittingView sitting, String districtName, int sequence, List<ICalendar.Party> members, Instant now) {
        String method = sitting.status() == SittingStatus.CANCELLED ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
        return ICalendar.invitation(PRODUCT, method, event(sitting, sequence), organizer(districtName), members, now);
    }

    /** The sitting alone, as anyone downloads it to add it to a calendar (PUBLISH). */
    String entry(SittingView sitting, String districtName, int sequence, Instant now) {
        Calendar calendar = ICalendar.calendar(PRODUCT, Method.VALUE_PUBLISH);
        VEvent event = ICalendar.event(event(sitting, sequence), now);
        event.add(ICalendar.organizer(organizer(districtName)));
        calendar.add(event);
        return ICalendar.write(calendar);
    }

    /** When and where at each call, the agenda, and the sitting's page: the invitation's text and the mail's. */
    String description(SittingView sitting) {
        StringBuilder text = new StringBuilder();
        text.append(it(
                        "sitting.mail.firstCall",
                        sitting.date().format(DATE),
                        sitting.startTime().format(TIME)))
                .append('\n');
        if (sitting.secondCallDate() != null) {
            text.append(it(
                            "sitting.mail.secondCall",
                            sitting.secondCallDate().format(DATE),
                            (sitting.secondCallTime() == null ? sitting.startTime() : sitting.secondCallTime())
                                    .format(TIME)))
                    .append('\n');
        }
        if (sitting.place() != null) {
            text.append(it("sitting.mail.place", sitting.place())).append('\n');
        }
        if (sitting.onlineLink() != null) {
            text.append(it("sitting.mail.online", sitting.onlineLink())).append('\n');
        }
        text.append('\n').append(it("sitting.mail.agenda")).append('\n');
        sitting.items()
                .forEach(item -> text.append(item.number())
                        .append(". ")
                        .append(item.title())
                        .append('\n'));
        return text.append('\n').append(url(sitting.id())).toString();
    }

    String url(long sittingId) {
        return base + "/sittings/" + sittingId;
    }

    private ICalendar.Event event(SittingView sitting, int sequence) {
        return new ICalendar.Event(
                "sitting-" + sitting.id() + "@" + host,
                sequence,
                sitting.date().atTime(sitting.startTime()),
                null,
                it("sitting.mail.summary", sitting.governingBody().name()),
                location(sitting),
                description(sitting),
                url(sitting.id()),
                sitting.status() == SittingStatus.CANCELLED);
    }

    private static String location(SittingView sitting) {
        if (sitting.place() != null && sitting.onlineLink() != null) {
            return sitting.place() + " / " + sitting.onlineLink();
        }
        return sitting.place() != null ? sitting.place() : sitting.onlineLink();
    }

    /** The District's planning office at the platform's sending address, never a person's own. */
    private ICalendar.Party organizer(String districtName) {
        return new ICalendar.Party(from, it("sitting.mail.organizer", districtName));
    }

    private String it(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ITALIAN);
    }
}

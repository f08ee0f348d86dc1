package it.zona.participation.meetings;

import it.zona.mail.CalendarPart;
import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import it.zona.participation.tables.Representative;
import it.zona.participation.tables.TableMemberView;
import it.zona.plan.PlanFacts;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.property.Method;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail about meetings: invitations and updates (iCalendar REQUEST), cancellations (CANCEL) and
 * the day-before reminders, to every representative and substitute with an e-mail address, each
 * address once. In Italian, as the members are Italian bodies. The mail goes into the outbox in the
 * caller's transaction and leaves after it commits.
 */
@Component
public class MeetingMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ITALIAN);

    private final Mailer mailer;
    private final MeetingCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    MeetingMail(Mailer mailer, MeetingCalendar calendar, MessageSource messages, Clock clock) {
        this.mailer = mailer;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new meeting, or a change of its time or place ({@code moved}: a new date). */
    void invite(PlanFacts plan, MeetingView meeting, List<TableMemberView> seats, boolean moved) {
        List<MeetingCalendar.Recipient> recipients = recipients(seats);
        if (recipients.isEmpty()) {
            return;
        }
        String content =
                calendar.invitation(meeting, Method.VALUE_REQUEST, organizer(plan), recipients, clock.instant());
        String subjectKey = meeting.sequence() == 0
                ? "meeting.mail.invitation.subject"
                : moved ? "meeting.mail.moved.subject" : "meeting.mail.updated.subject";
        send(plan, meeting, recipients, subjectKey, "meeting.mail.invitation.text", Method.VALUE_REQUEST, content);
    }

    void cancel(PlanFacts plan, MeetingView meeting, List<TableMemberView> seats) {
        List<MeetingCalendar.Recipient> recipients = recipients(seats);
        if (recipients.isEmpty()) {
            return;
        }
        String content =
                calendar.invitation(meeting, Method.VALUE_CANCEL, organizer(plan), recipients, clock.instant());
        send(
                plan,
                meeting,
                recipients,
                "meeting.mail.cancelled.subject",
                "meeting.mail.cancelled.text",
                Method.VALUE_CANCEL,
                content);
    }

    /** The reminder: plain text, no calendar part (the invitation is already in the calendars). */
    void remind(PlanFacts plan, MeetingView meeting, List<TableMemberView> seats) {
        send(
                plan,
                meeting,
                recipients(seats),
                "meeting.mail.reminder.subject",
                "meeting.mail.reminder.text",
                null,
                null);
    }

    private void send(
            PlanFacts plan,
            MeetingView meeting,
            List<MeetingCalendar.Recipient> recipients,
            String subjectKey,
            String textKey,
            String method,
            String content) {
        String subject = it(subjectKey, meeting.title(), meeting.date().format(DATE));
        String where = MeetingCalendar.location(meeting);
        String text = it(
                        textKey,
                        meeting.title(),
                        meeting.tableName() == null ? it("meeting.mail.plenary", plan.title()) : meeting.tableName(),
                        meeting.date().format(DATE),
                        meeting.startTime().format(TIME),
                        meeting.endTime().format(TIME),
                        where == null ? "" : where,
                        plan.districtName())
                + "\n\n" + calendar.description(meeting) + "\n";
        for (MeetingCalendar.Recipient recipient : recipients) {
            Mail mail = Mail.of(plan.districtId(), recipient.email(), subject, text);
            mailer.send(method == null ? mail : mail.withCalendar(new CalendarPart(method, content)));
        }
    }

    private MeetingCalendar.Organizer organizer(PlanFacts plan) {
        return calendar.organizer(plan);
    }

    /** Each representative's and substitute's address once, whatever the table or organisation. */
    public static List<MeetingCalendar.Recipient> recipients(List<TableMemberView> seats) {
        Map<String, MeetingCalendar.Recipient> byAddress = new LinkedHashMap<>();
        for (TableMemberView seat : seats) {
            for (Representative person : new Representative[] {seat.representative(), seat.substitute()}) {
                if (person != null && person.email() != null && !person.email().isBlank()) {
                    byAddress.putIfAbsent(
                            person.email().strip().toLowerCase(Locale.ROOT),
                            new MeetingCalendar.Recipient(
                                    person.email().strip(),
                                    person.name() + " (" + seat.organization().name() + ")"));
                }
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    private String it(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ITALIAN);
    }
}

package it.zona.participation.minutes;

import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import it.zona.participation.meetings.MeetingCalendar;
import it.zona.participation.meetings.MeetingMail;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.space.PublicLinks;
import it.zona.participation.tables.TableMemberView;
import it.zona.plan.PlanFacts;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mail circulating a draft of the minutes to the members for remarks: to every representative
 * and substitute, each address once, with the meeting, the deadline and the link to the minutes. In
 * Italian, as the members are Italian bodies; it leaves after the caller's transaction commits.
 */
@Component
class MinutesMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALIAN);

    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicLinks links;

    MinutesMail(Mailer mailer, MessageSource messages, PublicLinks links) {
        this.mailer = mailer;
        this.messages = messages;
        this.links = links;
    }

    String link(long minutesId) {
        return links.to("/minutes/" + minutesId);
    }

    void circulated(PlanFacts plan, MeetingView meeting, MinutesView minutes, List<TableMemberView> seats) {
        String subject =
                it("minutes.mail.subject", meeting.title(), meeting.date().format(DATE));
        String text = it(
                "minutes.mail.text",
                meeting.title(),
                meeting.tableName() == null ? it("meeting.mail.plenary", plan.title()) : meeting.tableName(),
                meeting.date().format(DATE),
                minutes.remarksUntil().format(DATE),
                link(minutes.id()),
                plan.districtName());
        for (MeetingCalendar.Recipient recipient : MeetingMail.recipients(seats)) {
            mailer.send(Mail.of(plan.districtId(), recipient.email(), subject, text));
        }
    }

    private String it(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ITALIAN);
    }
}

package it.zona.sitting.convocation;

import it.zona.district.DistrictView;
import it.zona.mail.Attachment;
import it.zona.mail.CalendarPart;
import it.zona.mail.ICalendar;
import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import it.zona.organization.PersonRegistry;
import it.zona.shared.PlatformConfig;
import it.zona.sitting.ConvocationIssued;
import it.zona.sitting.SittingAttendanceView.SeatAttendance;
import it.zona.sitting.SittingRegistry;
import it.zona.sitting.SittingStatus;
import it.zona.sitting.SittingView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tells every member seated on the sitting's day of its convocation, of each change and of its
 * cancellation: an e-mail to the member's PEC, or e-mail where there is no PEC, with the iCalendar
 * invitation and, unless cancelled, the agenda as PDF/A. Each address gets one mail. The notice is
 * recorded with the members it could not reach, for the office to tell them otherwise. A sitting
 * recorded after its day has passed convenes nobody.
 */
@Component
class ConvocationMail {

    private final SittingRegistry sittings;
    private final PersonRegistry people;
    private final ConvocationNotices notices;
    private final SittingCalendar calendar;
    private final AgendaPdf agenda;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;

    ConvocationMail(
            SittingRegistry sittings,
            PersonRegistry people,
            ConvocationNotices notices,
            SittingCalendar calendar,
            AgendaPdf agenda,
            Mailer mailer,
            MessageSource messages,
            Clock clock) {
        this.sittings = sittings;
        this.people = people;
        this.notices = notices;
        this.calendar = calendar;
        this.agenda = agenda;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    /** In the change's transaction: the mail leaves the outbox only once the change commits. */
    @EventListener
    void tell(ConvocationIssued issued) {
        SittingView sitting = sittings.get(issued.sittingId());
        LocalDate lastCall = sitting.secondCallDate() != null ? sitting.secondCallDate() : sitting.date();
        if (lastCall.isBefore(LocalDate.now(clock.withZone(PlatformConfig.ZONE)))) {
            return;
        }
        DistrictView district = sittings.districtOf(sitting.id());
        List<SeatAttendance> seats = sittings.attendance(sitting.id()).entries();
        Map<Long, String> addresses = people.formalAddresses(
                seats.stream().map(SeatAttendance::personId).toList());
        Map<String, ICalendar.Party> reached = new LinkedHashMap<>();
        List<String> unreached = new ArrayList<>();
        for (SeatAttendance seat : seats) {
            String address = addresses.get(seat.personId());
            if (address == null) {
                unreached.add(seat.personName());
            } else {
                reached.putIfAbsent(address.toLowerCase(Locale.ROOT), new ICalendar.Party(address, name(seat)));
            }
        }
        int sequence = notices.findFirstBySittingIdOrderBySequenceDesc(sitting.id())
                .map(last -> last.sequence() + 1)
                .orElse(0);
        ConvocationNotice notice = notices.save(new ConvocationNotice(
                sitting.id(),
                district.id(),
                sequence,
                sitting.status() == SittingStatus.CANCELLED,
                reached.size(),
                unreached,
                clock.instant()));
        if (!reached.isEmpty()) {
            send(notice, sitting, district, List.copyOf(reached.values()));
        }
    }

    private void send(ConvocationNotice notice, SittingView sitting, DistrictView district, List<ICalendar.Party> to) {
        CalendarPart invitation = calendar.invitation(sitting, district.name(), notice.sequence(), to, clock.instant());
        String body = sitting.governingBody().name();
        String day = sitting.date().format(SittingCalendar.DATE);
        ConvocationNotice.Kind kind = notice.kind();
        String subject = it(kind.subject, body, day);
        String text = it(kind.text, body, district.name(), day) + "\n\n" + calendar.description(sitting) + "\n";
        Attachment pdf = kind == ConvocationNotice.Kind.CANCELLED
                ? null
                : new Attachment(
                        AgendaPdf.fileName(sitting),
                        MediaType.APPLICATION_PDF_VALUE,
                        agenda.write(sitting, district.name()));
        for (ICalendar.Party member : to) {
            Mail mail = Mail.of(district.id(), member.email(), subject, text).withCalendar(invitation);
            mailer.send(pdf == null ? mail : mail.withAttachment(pdf));
        }
    }

    private static String name(SeatAttendance seat) {
        return seat.municipalityName() == null
                ? seat.personName()
                : seat.personName() + " (" + seat.municipalityName() + ")";
    }

    private String it(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ITALIAN);
    }
}

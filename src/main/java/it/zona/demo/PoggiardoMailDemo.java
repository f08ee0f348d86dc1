package it.zona.demo;

import it.zona.district.DistrictRegistry;
import it.zona.mail.CalendarPart;
import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import org.springframework.stereotype.Component;

/**
 * Two e-mails in the outbox, so that its pages show something: a notice and a meeting invitation
 * with its iCalendar part. Without an SMTP server (the demo's case) they stay there, held.
 */
@Component
class PoggiardoMailDemo {

    static final String OFFICE = "ufficiodipiano.poggiardo@example.org";

    private final DistrictRegistry districts;
    private final Mailer mailer;

    PoggiardoMailDemo(DistrictRegistry districts, Mailer mailer) {
        this.districts = districts;
        this.mailer = mailer;
    }

    void load() {
        long district = districts.ref(PoggiardoDemo.SLUG).id();
        mailer.send(Mail.of(district, OFFICE, "Benvenuti in Zona", """
                Gentile Ufficio di Piano,

                l’Ambito di Poggiardo è attivo su Zona: da qui si gestiscono il Piano di Zona, \
                i suoi interventi e le risorse.

                Questo messaggio è dimostrativo.
                """));
        mailer.send(Mail.of(district, "presidenza.asl@example.org", "Convocazione del tavolo tematico anziani", """
                        È convocato il tavolo tematico «Anziani» presso la sede dell’Ufficio di Piano, \
                        Viale della Repubblica 12, Poggiardo.

                        Questo messaggio è dimostrativo.
                        """)
                .withCalendar(new CalendarPart("REQUEST", """
                        BEGIN:VCALENDAR\r
                        VERSION:2.0\r
                        PRODID:-//Zona//Demo//IT\r
                        METHOD:REQUEST\r
                        BEGIN:VEVENT\r
                        UID:tavolo-anziani-demo@zona.invalid\r
                        DTSTAMP:20260105T090000Z\r
                        DTSTART:20260120T090000Z\r
                        DTEND:20260120T110000Z\r
                        SUMMARY:Tavolo tematico anziani\r
                        LOCATION:Viale della Repubblica 12\\, Poggiardo\r
                        ORGANIZER:mailto:ufficiodipiano.poggiardo@example.org\r
                        ATTENDEE;RSVP=TRUE:mailto:presidenza.asl@example.org\r
                        SEQUENCE:0\r
                        END:VEVENT\r
                        END:VCALENDAR\r
                        """)));
    }
}

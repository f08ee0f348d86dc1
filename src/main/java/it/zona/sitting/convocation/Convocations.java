package it.zona.sitting.convocation;

import it.zona.sitting.SittingRegistry;
import it.zona.sitting.SittingView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may fetch of a sitting's convocation, the agenda as PDF/A and the calendar entry, and
 * for the office the last notice sent to the members. Public, as the sitting is.
 */
@Service
@Transactional(readOnly = true)
class Convocations {

    private final SittingRegistry sittings;
    private final ConvocationNotices notices;
    private final AgendaPdf agenda;
    private final SittingCalendar calendar;
    private final Clock clock;

    Convocations(
            SittingRegistry sittings,
            ConvocationNotices notices,
            AgendaPdf agenda,
            SittingCalendar calendar,
            Clock clock) {
        this.sittings = sittings;
        this.notices = notices;
        this.agenda = agenda;
        this.calendar = calendar;
        this.clock = clock;
    }

    record Pdf(String fileName, byte[] content) {}

    /** The last notice as the office's page shows it: what it told, when, whom it reached and whom not. */
    record NoticeView(String kind, Instant sentAt, int reached, List<String> unreached) {}

    Pdf agenda(long sittingId) {
        SittingView sitting = sittings.get(sittingId);
        return new Pdf(
                AgendaPdf.fileName(sitting),
                agenda.write(sitting, sittings.districtOf(sittingId).name()));
    }

    /** The sitting as the members' calendars hold it: the SEQUENCE of the last notice, so it replaces nothing newer. */
    String calendar(long sittingId) {
        SittingView sitting = sittings.get(sittingId);
        int sequence = last(sittingId).map(ConvocationNotice::sequence).orElse(0);
        return calendar.entry(sitting, sittings.districtOf(sittingId).name(), sequence, clock.instant());
    }

    Optional<NoticeView> lastNotice(long sittingId) {
        return last(sittingId).map(n -> new NoticeView(n.kind().name(), n.sentAt(), n.reached(), n.unreached()));
    }

    private Optional<ConvocationNotice> last(long sittingId) {
        return notices.findFirstBySittingIdOrderBySequenceDesc(sittingId);
    }
}

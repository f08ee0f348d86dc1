package it.zona.participation.minutes;

import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.tables.Representative;
import it.zona.participation.tables.TableMemberView;
import it.zona.programme.Named;
import it.zona.shared.EntityChanged;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The remarks on circulated minutes: a representative's own, for their organisation, or one the
 * office received otherwise and records naming the member organisation; only while the version is
 * open for remarks.
 */
@Service
@Transactional
class MinutesRemarkRegistry {

    static final String REMARK = "MinutesRemark";

    private final MinutesRegistry registry;
    private final MinutesRemarks remarks;
    private final MeetingRegistry meetings;
    private final MeetingSeats seats;
    private final ParticipationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesRemarkRegistry(
            MinutesRegistry registry,
            MinutesRemarks remarks,
            MeetingRegistry meetings,
            MeetingSeats seats,
            ParticipationAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.registry = registry;
        this.remarks = remarks;
        this.meetings = meetings;
        this.seats = seats;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the caller may add a remark of their own: a representative seated at the table. */
    @Transactional(readOnly = true)
    public boolean canRemark(long meetingId) {
        return seats.ofCurrentUser(meetings.facts(meetingId)).isPresent();
    }

    /** The member organisations the office may record a remark for: those seated at the table now. */
    @Transactional(readOnly = true)
    public List<Named> remarkOrganizations(long minutesId) {
        return seats.of(meetings.facts(registry.find(minutesId).meetingId())).stream()
                .map(TableMemberView::organization)
                .distinct()
                .sorted(Comparator.comparing(Named::name))
                .toList();
    }

    /**
     * A remark on a circulated version before its deadline: a representative's own, for their
     * organisation, or one the office received otherwise, naming the member organisation.
     */
    public MinutesView.Remark remark(long minutesId, RemarkForm form) {
        Minutes minutes = registry.find(minutesId);
        MeetingFacts meeting = meetings.facts(minutes.meetingId());
        Optional<TableMemberView> seat = seats.ofCurrentUser(meeting);
        MinutesRemark remark;
        if (seat.isPresent()) {
            minutes.requireOpenForRemarks(today());
            remark = new MinutesRemark(
                    minutesId,
                    seat.get().organization().id(),
                    seat.get().organization().name(),
                    authorName(seat.get()),
                    access.actor(),
                    form.text().strip(),
                    clock.instant());
        } else if (access.canManage(meeting.districtId())) {
            minutes.requireOpenForRemarks(today());
            remark = recordedByOffice(meeting, minutesId, form);
        } else {
            throw new AccessDeniedException("Only the table's members remark on its minutes");
        }
        MinutesRemark saved = remarks.saveAndFlush(remark);
        events.publishEvent(EntityChanged.created(meeting.districtId(), REMARK, saved.id(), saved.view()));
        return saved.view();
    }

    private MinutesRemark recordedByOffice(MeetingFacts meeting, long minutesId, RemarkForm form) {
        if (form.organizationId() == null) {
            throw RuleViolationException.invalid("organizationId", "error.minutes.remarkOrganization");
        }
        TableMemberView seat = seats.of(meeting).stream()
                .filter(s -> s.organization().id() == form.organizationId())
                .findFirst()
                .orElseThrow(() -> RuleViolationException.invalid("organizationId", "error.minutes.remarkNotMember"));
        String author = form.author() == null || form.author().isBlank()
                ? seat.representative().name()
                : form.author().strip();
        return new MinutesRemark(
                minutesId,
                seat.organization().id(),
                seat.organization().name(),
                author,
                access.actor(),
                form.text().strip(),
                clock.instant());
    }

    private String authorName(TableMemberView seat) {
        String email = access.email().orElse("").toLowerCase(Locale.ROOT);
        Representative substitute = seat.substitute();
        if (substitute != null
                && substitute.email() != null
                && substitute.email().equalsIgnoreCase(email)) {
            return substitute.name();
        }
        return seat.representative().name();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformConfig.ZONE));
    }
}

package it.zona.sitting;

import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A sitting of a governing body: when and where it is convened (first call, and the second call if
 * the first finds no quorum), its agenda, who attended and at which call, and the votes on each item.
 * The convocation can be changed until the first item is decided; a decided item is never voted again.
 */
@Entity
@Table(name = "sitting")
class Sitting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long districtId;
    private Long governingBodyId;
    private LocalDate sittingDate;
    private LocalTime startTime;
    private LocalDate secondCallDate;
    private LocalTime secondCallTime;
    private String place;
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    private SittingStatus status;

    @Enumerated(EnumType.STRING)
    private Call heldAtCall;

    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sitting_item", joinColumns = @JoinColumn(name = "sitting_id"))
    @OrderColumn(name = "position")
    private List<AgendaItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sitting_attendance", joinColumns = @JoinColumn(name = "sitting_id"))
    @OrderColumn(name = "position")
    private List<Attendance> attendance = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sitting_vote", joinColumns = @JoinColumn(name = "sitting_id"))
    @OrderColumn(name = "position")
    private List<Vote> votes = new ArrayList<>();

    protected Sitting() {}

    Sitting(long districtId, long governingBodyId, Convocation convocation, Instant now) {
        this.districtId = districtId;
        this.governingBodyId = governingBodyId;
        this.status = SittingStatus.CONVENED;
        convene(convocation, now);
    }

    /** The date, place and agenda; refused once an item is decided or the sitting is cancelled. */
    void convene(Convocation convocation, Instant now) {
        requireConvocationOpen();
        if (convocation.secondCallDate() != null && convocation.secondCall().isBefore(convocation.firstCall())) {
            throw RuleViolationException.invalid("secondCallDate", "error.sitting.secondCallBeforeFirst");
        }
        if (convocation.place() == null && convocation.onlineLink() == null) {
            throw RuleViolationException.invalid("place", "error.sitting.noPlace");
        }
        String link = convocation.onlineLink();
        if (link != null && !(link.startsWith("https://") || link.startsWith("http://"))) {
            throw RuleViolationException.invalid("onlineLink", "error.sitting.badLink");
        }
        if (convocation.items().isEmpty()) {
            throw RuleViolationException.invalid("items", "error.sitting.noItems");
        }
        this.sittingDate = convocation.date();
        this.startTime = convocation.startTime();
        this.secondCallDate = convocation.secondCallDate();
        this.secondCallTime = convocation.secondCallDate() == null ? null : convocation.secondCallTime();
        this.place = convocation.place();
        this.onlineLink = convocation.onlineLink();
        this.items.clear();
        this.items.addAll(convocation.items());
        this.updatedAt = now;
    }

    /** Refused once an item is decided or the sitting is cancelled: the convocation no longer changes. */
    void requireConvocationOpen() {
        requireOpen();
        if (items.stream().anyMatch(AgendaItem::isDecided)) {
            throw RuleViolationException.conflict(null, "error.sitting.decided");
        }
    }

    void cancel(Instant now) {
        requireOpen();
        if (items.stream().anyMatch(AgendaItem::isDecided)) {
            throw RuleViolationException.conflict(null, "error.sitting.decided");
        }
        status = SittingStatus.CANCELLED;
        updatedAt = now;
    }

    /**
     * Who attended and at which call. Only seats of the body may be listed, each once; a second call
     * needs a second call convened. Votes of members no longer present go.
     */
    void recordAttendance(Call call, List<Attendance> sheet, Set<Long> seats, LocalDate today, Instant now) {
        requireOpen();
        if (sittingDate.isAfter(today)) {
            throw RuleViolationException.conflict(null, "error.sitting.notYetHeld");
        }
        if (call == Call.SECOND && secondCallDate == null) {
            throw RuleViolationException.invalid("call", "error.sitting.noSecondCall");
        }
        if (items.stream().anyMatch(AgendaItem::isDecided) && call != heldAtCall) {
            throw RuleViolationException.conflict("call", "error.sitting.decided");
        }
        for (int i = 0; i < sheet.size(); i++) {
            Attendance entry = sheet.get(i);
            if (!seats.contains(entry.personId())) {
                throw RuleViolationException.invalid("entries[" + i + "].personId", "error.sitting.notASeat");
            }
            for (int j = 0; j < i; j++) {
                if (sheet.get(j).personId().equals(entry.personId())) {
                    throw RuleViolationException.invalid("entries[" + i + "].personId", "error.sitting.seatTwice");
                }
            }
            if (entry.presence() == Presence.DELEGATE && (entry.delegate() == null || entry.delegation() == null)) {
                throw RuleViolationException.invalid("entries[" + i + "].delegate", "error.sitting.delegateUnnamed");
            }
        }
        this.attendance.clear();
        this.attendance.addAll(sheet);
        this.heldAtCall = call;
        // Undecided items lose the votes of those no longer recorded as present.
        Set<Long> present = attending();
        votes.removeIf(
                v -> !present.contains(v.personId()) && !item(v.itemNumber()).isDecided());
        this.updatedAt = now;
    }

    /** Replaces the votes on an undecided item; only members attending may vote. */
    void recordVotes(int number, Map<Long, Choice> cast, Function<Long, Long> weight, Instant now) {
        requireOpen();
        AgendaItem item = item(number);
        if (item.isDecided()) {
            throw RuleViolationException.conflict(null, "error.sitting.itemDecided", number);
        }
        Set<Long> present = attending();
        for (Long person : cast.keySet()) {
            if (!present.contains(person)) {
                throw RuleViolationException.invalid("votes", "error.sitting.voterAbsent");
            }
        }
        votes.removeIf(v -> v.itemNumber() == number);
        cast.forEach((person, choice) -> votes.add(new Vote(number, person, choice, weight.apply(person))));
        updatedAt = now;
    }

    /** Closes the vote on an item with the outcome its tally gives. */
    AgendaItem decide(int number, Tally tally, Function<Long, Long> weight, Instant now) {
        requireOpen();
        AgendaItem item = item(number);
        if (item.isDecided()) {
            throw RuleViolationException.conflict(null, "error.sitting.itemDecided", number);
        }
        if (votesOn(number).isEmpty()) {
            throw RuleViolationException.conflict(null, "error.sitting.noVotes", number);
        }
        // The weights as counted, kept with each vote.
        votes.replaceAll(v ->
                v.itemNumber() == number ? new Vote(number, v.personId(), v.choice(), weight.apply(v.personId())) : v);
        AgendaItem decided = item.decided(tally);
        items.set(number - 1, decided);
        updatedAt = now;
        return decided;
    }

    AgendaItem item(int number) {
        if (number < 1 || number > items.size()) {
            throw new NotFoundException("error.sitting.noSuchItem", number);
        }
        return items.get(number - 1);
    }

    Set<Long> attending() {
        Set<Long> present = new HashSet<>();
        for (Attendance entry : attendance) {
            if (entry.presence().counts()) {
                present.add(entry.personId());
            }
        }
        return present;
    }

    List<Vote> votesOn(int number) {
        return votes.stream().filter(v -> v.itemNumber() == number).toList();
    }

    private void requireOpen() {
        if (status == SittingStatus.CANCELLED) {
            throw RuleViolationException.conflict(null, "error.sitting.cancelled");
        }
    }

    boolean isAttendanceRecorded() {
        return heldAtCall != null;
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    long governingBodyId() {
        return governingBodyId;
    }

    LocalDate sittingDate() {
        return sittingDate;
    }

    LocalTime startTime() {
        return startTime;
    }

    LocalDate secondCallDate() {
        return secondCallDate;
    }

    LocalTime secondCallTime() {
        return secondCallTime;
    }

    String place() {
        return place;
    }

    String onlineLink() {
        return onlineLink;
    }

    SittingStatus status() {
        return status;
    }

    Call heldAtCall() {
        return heldAtCall;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    List<AgendaItem> items() {
        return List.copyOf(items);
    }

    List<Attendance> attendance() {
        return List.copyOf(attendance);
    }

    /** The date a resolution of this sitting bears: the second call's when held at second call. */
    LocalDate heldOn() {
        return heldAtCall == Call.SECOND ? Objects.requireNonNull(secondCallDate) : sittingDate;
    }
}

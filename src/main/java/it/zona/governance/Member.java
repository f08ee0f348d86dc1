package it.zona.governance;

import it.zona.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A person's seat in a governing body from {@code startDate} to {@code endDate} (open-ended when
 * null), in a role, optionally on behalf of a member municipality.
 */
@Embeddable
record Member(
        @Column(name = "person_id") Long personId,
        @Enumerated(EnumType.STRING) @Column(name = "role") MemberRole role,
        @Column(name = "municipality") String municipality,
        @Column(name = "start_date") LocalDate startDate,
        @Column(name = "end_date") LocalDate endDate) {

    Member {
        if (endDate != null && startDate != null && endDate.isBefore(startDate)) {
            throw RuleViolationException.invalid("endDate", "error.member.endBeforeStart");
        }
    }

    boolean isCurrentOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    boolean overlaps(Member other) {
        LocalDate thisEnd = endDate == null ? LocalDate.MAX : endDate;
        LocalDate otherEnd = other.endDate == null ? LocalDate.MAX : other.endDate;
        return !startDate.isAfter(otherEnd) && !other.startDate.isAfter(thisEnd);
    }
}

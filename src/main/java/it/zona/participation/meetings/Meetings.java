package it.zona.participation.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Meetings extends JpaRepository<Meeting, Long> {

    List<Meeting> findByTableIdOrderByDateAscStartTimeAsc(long tableId);

    List<Meeting> findByPlanIdOrderByDateAscStartTimeAsc(long planId);

    List<Meeting> findByPlanIdAndTableIdIsNullOrderByDateAscStartTimeAsc(long planId);

    List<Meeting> findByPlanIdAndDateBetweenOrderByDateAscStartTimeAsc(long planId, LocalDate from, LocalDate to);

    boolean existsByTableId(long tableId);

    long countByTableId(long tableId);

    /** The Districts' pending meetings dated up to {@code day}, oldest first. */
    @Query("select m from Meeting m where m.districtId in :districts and m.status in :statuses"
            + " and m.date <= :day order by m.date, m.startTime")
    List<Meeting> findPendingUpTo(Collection<Long> districts, Collection<MeetingStatus> statuses, LocalDate day);

    /** Pending meetings from the day before {@code from} to {@code to} whose reminder has not gone out. */
    @Query("select m from Meeting m where m.status in :statuses and m.reminderSentAt is null"
            + " and m.date between :from and :to order by m.date, m.startTime")
    List<Meeting> findUnreminded(Collection<MeetingStatus> statuses, LocalDate from, LocalDate to);
}

package it.zona.participation.contributions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressNotes extends JpaRepository<ProgressNote, Long> {

    List<ProgressNote> findByMeetingIdOrderById(long meetingId);

    List<ProgressNote> findByInterventionId(long interventionId);

    boolean existsByMeetingIdAndInterventionId(long meetingId, long interventionId);

    long countByInterventionId(long interventionId);
}

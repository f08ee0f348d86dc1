package it.zona.participation.minutes;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesVersions extends JpaRepository<Minutes, Long> {

    List<Minutes> findByMeetingIdOrderByNumberDesc(long meetingId);

    List<Minutes> findByMeetingIdInAndStatusOrderByNumberDesc(Collection<Long> meetingIds, MinutesStatus status);
}

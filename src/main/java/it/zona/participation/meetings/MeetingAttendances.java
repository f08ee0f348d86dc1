package it.zona.participation.meetings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingAttendances extends JpaRepository<MeetingAttendance, Long> {

    List<MeetingAttendance> findByMeetingId(long meetingId);

    List<MeetingAttendance> findByMeetingIdIn(Collection<Long> meetingIds);

    void deleteByMeetingId(long meetingId);
}

package it.zona.participation.contributions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HeardNeeds extends JpaRepository<HeardNeed, Long> {

    List<HeardNeed> findByMeetingIdOrderById(long meetingId);

    List<HeardNeed> findByNeedId(long needId);

    boolean existsByAreaId(long areaId);

    boolean existsByOrganizationId(long organizationId);
}

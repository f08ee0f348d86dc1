package it.zona.participation.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesRemarks extends JpaRepository<MinutesRemark, Long> {

    List<MinutesRemark> findByMinutesIdOrderByCreatedAtAscIdAsc(long minutesId);
}

package it.zona.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressEntries extends JpaRepository<ProgressEntry, Long> {

    List<ProgressEntry> findByInterventionIdOrderByDateAscIdAsc(long interventionId);

    Optional<ProgressEntry> findByIdAndInterventionId(long id, long interventionId);

    long countByInterventionId(long interventionId);

    List<ProgressEntry> findByInterventionIdInOrderByDateAscIdAsc(Collection<Long> interventionIds);
}

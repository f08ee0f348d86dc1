package it.zona.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Needs extends JpaRepository<Need, Long> {

    List<Need> findByPlanIdOrderByIdAsc(long planId);

    Optional<Need> findByIdAndPlanId(long id, long planId);

    List<Need> findByAreaId(long areaId);

    List<Need> findByIdIn(Collection<Long> ids);
}

package it.zona.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetGroups extends JpaRepository<TargetGroup, Long> {

    List<TargetGroup> findByPlanIdOrderByPosition(long planId);

    Optional<TargetGroup> findByIdAndPlanId(long id, long planId);

    Optional<TargetGroup> findByPlanIdAndNameIgnoreCase(long planId, String name);
}

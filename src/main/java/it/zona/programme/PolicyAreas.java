package it.zona.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyAreas extends JpaRepository<PolicyArea, Long> {

    List<PolicyArea> findByPlanIdOrderByPosition(long planId);

    Optional<PolicyArea> findByIdAndPlanId(long id, long planId);

    Optional<PolicyArea> findByPlanIdAndNameIgnoreCase(long planId, String name);
}

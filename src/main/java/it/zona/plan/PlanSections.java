package it.zona.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSections extends JpaRepository<PlanSection, Long> {

    List<PlanSection> findByPlanId(long planId);

    Optional<PlanSection> findByIdAndPlanId(long id, long planId);
}

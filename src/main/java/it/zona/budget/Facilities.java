package it.zona.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Facilities extends JpaRepository<Facility, Long> {

    List<Facility> findByPlanIdOrderByNameAsc(long planId);

    Optional<Facility> findByIdAndPlanId(long id, long planId);

    List<Facility> findByInterventionId(long interventionId);

    List<Facility> findByOrganizationId(long organizationId);
}

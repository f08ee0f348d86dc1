package it.zona.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffingRows extends JpaRepository<Staffing, Long> {

    List<Staffing> findByPlanIdOrderByYearAscRoleAscIdAsc(long planId);

    Optional<Staffing> findByIdAndPlanId(long id, long planId);

    List<Staffing> findByInterventionId(long interventionId);

    List<Staffing> findByOrganizationId(long organizationId);

    @Query("select s from Staffing s where s.planId = :planId and (s.year < :firstYear or s.year > :lastYear)")
    List<Staffing> findOutside(long planId, int firstYear, int lastYear);
}

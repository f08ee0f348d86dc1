package it.zona.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Interventions extends JpaRepository<Intervention, Long>, JpaSpecificationExecutor<Intervention> {

    List<Intervention> findByPlanIdOrderByIdAsc(long planId);

    Optional<Intervention> findByIdAndPlanId(long id, long planId);

    List<Intervention> findByObjectiveId(long objectiveId);

    List<Intervention> findByTargetGroupId(long targetGroupId);

    @Query("select i from Intervention i where i.leadOrganizationId = :organizationId"
            + " or :organizationId member of i.partnerIds")
    List<Intervention> findInvolving(long organizationId);

    @Query(
            "select i from Intervention i where i.planId = :planId and (i.firstYear < :firstYear or i.lastYear > :lastYear)")
    List<Intervention> findOutside(long planId, int firstYear, int lastYear);
}

package it.zona.indicators;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Indicators extends JpaRepository<Indicator, Long> {

    /** Every indicator of the plan with its targets, in one query. */
    @Query("select distinct i from Indicator i left join fetch i.targets where i.planId = :planId order by i.id")
    List<Indicator> findWithTargets(long planId);

    Optional<Indicator> findByIdAndPlanId(long id, long planId);

    List<Indicator> findByObjectiveIdOrderById(long objectiveId);

    List<Indicator> findByInterventionIdOrderById(long interventionId);

    @Query("select i from Indicator i where i.planId = :planId"
            + " and exists (select t from i.targets t where t.year < :firstYear or t.year > :lastYear)")
    List<Indicator> findWithTargetsOutside(long planId, int firstYear, int lastYear);
}

package it.zona.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Objectives extends JpaRepository<Objective, Long> {

    List<Objective> findByPlanIdOrderByPosition(long planId);

    Optional<Objective> findByIdAndPlanId(long id, long planId);

    List<Objective> findByAreaId(long areaId);

    List<Objective> findByParentId(long parentId);

    List<Objective> findByPlanIdAndKindAndAreaId(long planId, ObjectiveKind kind, long areaId);

    @Query("select o from Objective o join o.needIds n where n = :needId")
    List<Objective> findAnswering(long needId);

    @Query("select o from Objective o where o.planId = :planId and o.year is not null"
            + " and (o.year < :firstYear or o.year > :lastYear)")
    List<Objective> findOutside(long planId, int firstYear, int lastYear);
}

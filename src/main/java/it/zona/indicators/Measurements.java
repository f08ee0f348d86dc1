package it.zona.indicators;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Measurements extends JpaRepository<Measurement, Long> {

    /** An indicator's history, in the order it was recorded. */
    List<Measurement> findByIndicatorIdOrderById(long indicatorId);

    /** Every measurement of the plan's indicators, in one query. */
    @Query("select m from Measurement m where m.indicatorId in (select i.id from Indicator i where i.planId = :planId)"
            + " order by m.id")
    List<Measurement> findByPlan(long planId);

    /** Every measurement of these indicators, in one query. */
    List<Measurement> findByIndicatorIdInOrderById(List<Long> indicatorIds);

    long countByIndicatorId(long indicatorId);

    /** The latest year, up to {@code upTo}, with a measurement of one of the plan's indicators. */
    @Query("select max(m.year) from Measurement m where m.year <= :upTo"
            + " and m.indicatorId in (select i.id from Indicator i where i.planId = :planId)")
    Integer latestYear(long planId, int upTo);

    boolean existsByCorrectsId(long correctsId);

    @Query("select m from Measurement m where m.indicatorId in (select i.id from Indicator i where i.planId = :planId)"
            + " and (m.year < :firstYear or m.year > :lastYear)")
    List<Measurement> findOutside(long planId, int firstYear, int lastYear);
}

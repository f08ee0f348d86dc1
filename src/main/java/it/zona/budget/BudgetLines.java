package it.zona.budget;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BudgetLines extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByPlanId(long planId);

    Optional<BudgetLine> findByIdAndPlanId(long id, long planId);

    List<BudgetLine> findByInterventionId(long interventionId);

    /** The line, its row locked until the transaction ends (select ... for update). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from BudgetLine l where l.id = :id")
    Optional<BudgetLine> findLocked(long id);

    Optional<BudgetLine> findByInterventionIdAndYearAndFundingSourceId(
            long interventionId, int year, long fundingSourceId);

    List<BudgetLine> findByPlanIdAndYear(long planId, int year);

    @Query("select l from BudgetLine l where l.planId = :planId and (l.year < :firstYear or l.year > :lastYear)")
    List<BudgetLine> findOutside(long planId, int firstYear, int lastYear);

    @Query("select l from BudgetLine l where l.interventionId = :interventionId"
            + " and (l.year < :firstYear or l.year > :lastYear)")
    List<BudgetLine> findOutsideIntervention(long interventionId, int firstYear, int lastYear);

    /** How many lines of each plan use the source. */
    interface SourceUsage {
        long getPlanId();

        long getLines();
    }

    @Query("select l.planId as planId, count(l) as lines from BudgetLine l where l.fundingSourceId = :sourceId"
            + " group by l.planId")
    List<SourceUsage> usageOfSource(long sourceId);
}

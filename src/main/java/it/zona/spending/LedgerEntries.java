package it.zona.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The ledgers of the budget lines. Written by insert only: nothing here updates or deletes. */
interface LedgerEntries extends JpaRepository<LedgerEntry, Long> {

    /** One sum of a group: a line's or a commitment's entries of one kind. */
    record Sum(long owner, EntryKind kind, BigDecimal amount) {

        /** The rows of a grouped query: owner, kind, sum. */
        static List<Sum> of(List<Object[]> rows) {
            return rows.stream()
                    .map(row -> new Sum(((Number) row[0]).longValue(), (EntryKind) row[1], (BigDecimal) row[2]))
                    .toList();
        }
    }

    /** The original entries of a kind on a line (not their corrections), in the order recorded. */
    Page<LedgerEntry> findByBudgetLineIdAndKindAndCorrectsIdIsNull(long budgetLineId, EntryKind kind, Pageable page);

    /** The original entries of a kind against a commitment, in the order recorded. */
    Page<LedgerEntry> findByCommitmentIdAndKindAndCorrectsIdIsNull(long commitmentId, EntryKind kind, Pageable page);

    List<LedgerEntry> findByCorrectsIdInOrderById(Collection<Long> ids);

    /** The sums of a line's entries by kind, corrections included. */
    @Query("select e.budgetLineId as owner, e.kind as kind, sum(e.amount) as amount from LedgerEntry e"
            + " where e.budgetLineId = :lineId group by e.budgetLineId, e.kind")
    List<Object[]> sumsOfLineRows(long lineId);

    default List<Sum> sumsOfLine(long lineId) {
        return Sum.of(sumsOfLineRows(lineId));
    }

    /**
     * The sums of the entries held by these commitments, by kind: their corrections, payments and
     * de-commitments with theirs. The original commitment names no commitment: add its own amount.
     */
    @Query("select e.commitmentId as owner, e.kind as kind, sum(e.amount) as amount from LedgerEntry e"
            + " where e.commitmentId in :ids group by e.commitmentId, e.kind")
    List<Object[]> sumsOfCommitmentsRows(Collection<Long> ids);

    default List<Sum> sumsOfCommitments(Collection<Long> ids) {
        return Sum.of(sumsOfCommitmentsRows(ids));
    }

    /** The sums of the corrections of these entries. */
    @Query("select e.correctsId as owner, e.kind as kind, sum(e.amount) as amount from LedgerEntry e"
            + " where e.correctsId in :ids group by e.correctsId, e.kind")
    List<Object[]> sumsOfCorrectionsRows(Collection<Long> ids);

    default List<Sum> sumsOfCorrections(Collection<Long> ids) {
        return Sum.of(sumsOfCorrectionsRows(ids));
    }

    /** A plan's sums by line and kind, of the entries dated up to a day: one grouped read of the index. */
    @Query("select e.budgetLineId as owner, e.kind as kind, sum(e.amount) as amount from LedgerEntry e"
            + " where e.planId = :planId and e.date <= :asOf group by e.budgetLineId, e.kind")
    List<Object[]> sumsOfPlanRows(long planId, LocalDate asOf);

    default List<Sum> sumsOfPlan(long planId, LocalDate asOf) {
        return Sum.of(sumsOfPlanRows(planId, asOf));
    }

    long countByOrganizationId(long organizationId);

    long countByBudgetLineId(long budgetLineId);

    List<LedgerEntry> findByPlanIdAndRowKeyIn(long planId, Collection<String> rowKeys);

    /** The original commitments of a line with this act number, for an import's payment rows. */
    List<LedgerEntry> findByBudgetLineIdAndKindAndActNumberAndCorrectsIdIsNull(
            long budgetLineId, EntryKind kind, String actNumber);
}

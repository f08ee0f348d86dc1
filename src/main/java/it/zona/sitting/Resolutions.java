package it.zona.sitting;

import it.zona.plan.PlanStage;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Resolutions extends JpaRepository<Resolution, Long> {

    @Query("select coalesce(max(r.number), 0) from Resolution r where r.governingBodyId = :bodyId and r.year = :year")
    int lastNumber(long bodyId, int year);

    // The count query is given, not derived: Spring Data would parse the query at start-up to derive it.
    @Query(value = "select r " + SEARCH_FROM, countQuery = "select count(r) " + SEARCH_FROM)
    Page<Resolution> search(long districtId, Long bodyId, Integer year, String pattern, Pageable page);

    String SEARCH_FROM = """
            from Resolution r
            where r.districtId = :districtId
              and (:bodyId is null or r.governingBodyId = :bodyId)
              and (:year is null or r.year = :year)
              and (:pattern is null or lower(r.title) like :pattern escape '\\')""";

    /**
     * The District's resolutions in force that may decide a plan's move to {@code stage}: those that
     * decide on no plan, and those that decide that very move.
     */
    @Query("""
            select r from Resolution r
            where r.districtId = :districtId
              and (r.planId is null or (r.planId = :planId and r.planStage = :stage))
              and not exists (
                select 1 from Resolution l
                where l.affectsResolution = r.id and l.effect = it.zona.sitting.Effect.REVOKES)""")
    List<Resolution> forStage(long districtId, long planId, PlanStage stage, Pageable page);

    /**
     * The District's resolutions in force that may approve a plan's programme of {@code year}: those
     * that decide on no plan, and those that approve that very programme.
     */
    @Query("""
            select r from Resolution r
            where r.districtId = :districtId
              and (r.planId is null or (r.planId = :planId and r.programmeYear = :year))
              and not exists (
                select 1 from Resolution l
                where l.affectsResolution = r.id and l.effect = it.zona.sitting.Effect.REVOKES)""")
    List<Resolution> forProgramme(long districtId, long planId, int year, Pageable page);

    List<Resolution> findBySittingId(long sittingId);

    List<Resolution> findBySittingIdIn(Collection<Long> sittingIds);

    List<Resolution> findByAffectsResolutionIn(Collection<Long> ids);

    Optional<Resolution> findByIdAndDistrictId(long id, long districtId);
}

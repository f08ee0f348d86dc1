package it.zona.sitting;

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

    @Query("""
            select r from Resolution r
            where r.districtId = :districtId
              and (:bodyId is null or r.governingBodyId = :bodyId)
              and (:year is null or r.year = :year)
              and (:pattern is null or lower(r.title) like :pattern escape '\\')""")
    Page<Resolution> search(long districtId, Long bodyId, Integer year, String pattern, Pageable page);

    @Query("""
            select r from Resolution r
            where r.districtId = :districtId
              and not exists (
                select 1 from Resolution l
                where l.affectsResolution = r.id and l.effect = it.zona.sitting.Effect.REVOKES)""")
    List<Resolution> notRevoked(long districtId, Pageable page);

    List<Resolution> findBySittingId(long sittingId);

    List<Resolution> findBySittingIdIn(Collection<Long> sittingIds);

    List<Resolution> findByAffectsResolutionIn(Collection<Long> ids);

    Optional<Resolution> findByIdAndDistrictId(long id, long districtId);
}

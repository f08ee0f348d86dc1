package it.zona.archive;

import it.zona.shared.OfficialDocumentIssued.Kind;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArchivedDocuments extends JpaRepository<ArchivedDocument, Long> {

    @Query("select coalesce(max(d.version), 0) from ArchivedDocument d where d.series = :series")
    int lastVersion(String series);

    /**
     * The latest version of each document of a District the reader may see: a document of a plan
     * that is public only with it shows once the plan is readable ({@code plans}).
     */
    @Query("""
            select d from ArchivedDocument d
            where d.districtId = :districtId
              and d.version = (select max(v.version) from ArchivedDocument v where v.series = d.series)
              and (d.planId is null or d.publicWithPlan = false or d.planId in :plans)
              and (:kind is null or d.kind = :kind)
              and (:bodyId is null or d.governingBodyId = :bodyId)
              and (:planId is null or d.planId = :planId)
              and (:year is null or d.issuedYear = :year)
              and (:pattern is null or lower(d.title) like :pattern escape '\\')""")
    Page<ArchivedDocument> search(
            long districtId,
            Collection<Long> plans,
            Kind kind,
            Long bodyId,
            Long planId,
            Integer year,
            String pattern,
            Pageable page);

    List<ArchivedDocument> findBySeriesOrderByVersionDesc(String series);

    List<ArchivedDocument> findTop200ByDistrictIdAndKindNotInOrderByIdDesc(long districtId, Collection<Kind> kinds);

    @Query(
            "select distinct d.issuedYear from ArchivedDocument d where d.districtId = :districtId order by d.issuedYear desc")
    List<Integer> years(long districtId);
}

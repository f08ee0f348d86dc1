package it.zona.sitting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Sittings extends JpaRepository<Sitting, Long> {

    // The count query is given, not derived: Spring Data would parse the query at start-up to derive it.
    @Query(value = "select s " + IN_DISTRICT, countQuery = "select count(s) " + IN_DISTRICT)
    Page<Sitting> findInDistrict(long districtId, Long bodyId, Pageable page);

    String IN_DISTRICT =
            "from Sitting s where s.districtId = :districtId and (:bodyId is null or s.governingBodyId = :bodyId)";

    @Query("select s.sittingDate from Sitting s where s.governingBodyId = :bodyId order by s.sittingDate")
    List<LocalDate> datesOfBody(long bodyId);

    @Query("""
            select distinct s.sittingDate from Sitting s join s.attendance a
            where a.personId = :personId order by s.sittingDate""")
    List<LocalDate> datesAttendedBy(long personId);
}

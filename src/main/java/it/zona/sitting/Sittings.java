package it.zona.sitting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Sittings extends JpaRepository<Sitting, Long> {

    @Query("""
            select s from Sitting s
            where s.districtId = :districtId and (:bodyId is null or s.governingBodyId = :bodyId)""")
    Page<Sitting> findInDistrict(long districtId, Long bodyId, Pageable page);

    @Query("select s.sittingDate from Sitting s where s.governingBodyId = :bodyId order by s.sittingDate")
    List<LocalDate> datesOfBody(long bodyId);

    @Query("""
            select distinct s.sittingDate from Sitting s join s.attendance a
            where a.personId = :personId order by s.sittingDate""")
    List<LocalDate> datesAttendedBy(long personId);
}

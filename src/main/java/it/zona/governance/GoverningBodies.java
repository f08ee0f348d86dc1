package it.zona.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoverningBodies extends JpaRepository<GoverningBody, Long> {

    List<GoverningBody> findByDistrictId(long districtId);

    Optional<GoverningBody> findByIdAndDistrictId(long id, long districtId);

    @Query("select distinct b from GoverningBody b join b.members m where m.personId = :personId")
    List<GoverningBody> findByMember(long personId);
}

package it.zona.office;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Offices extends JpaRepository<Office, Long> {

    List<Office> findByDistrictIdOrderByName(long districtId);

    Optional<Office> findByIdAndDistrictId(long id, long districtId);
}

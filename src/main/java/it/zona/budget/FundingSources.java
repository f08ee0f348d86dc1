package it.zona.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingSources extends JpaRepository<FundingSource, Long> {

    List<FundingSource> findByDistrictIdOrderByPosition(long districtId);

    Optional<FundingSource> findByIdAndDistrictId(long id, long districtId);

    Optional<FundingSource> findByDistrictIdAndNameIgnoreCase(long districtId, String name);
}

package it.zona.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Organizations extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

    Optional<Organization> findByIdAndDistrictId(long id, long districtId);

    Optional<Organization> findFirstByDistrictIdAndTaxCode(long districtId, String taxCode);

    Optional<Organization> findFirstByDistrictIdAndVatNumber(long districtId, String vatNumber);

    List<Organization> findByDistrictIdOrderByName(long districtId);
}

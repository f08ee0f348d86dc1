package it.zona.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface People extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    Optional<Person> findByIdAndDistrictId(long id, long districtId);

    Optional<Person> findFirstByDistrictIdAndTaxCode(long districtId, String taxCode);

    List<Person> findByOrganizationIdOrderByFamilyNameAscGivenNameAsc(long organizationId);

    List<Person> findByDistrictIdOrderByFamilyNameAscGivenNameAsc(long districtId);

    List<Person> findByIdIn(Collection<Long> ids);
}

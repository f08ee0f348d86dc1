package it.zona.district;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Districts extends JpaRepository<District, Long> {

    Optional<District> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<District> findAllByOrderByNameAsc();

    @Query("select d from District d join d.municipalities m where m = :istatCode")
    Optional<District> findByMunicipality(String istatCode);

    @Query("select distinct d from District d join d.municipalities m where m in :istatCodes")
    List<District> findByMunicipalityIn(Collection<String> istatCodes);
}

package it.zona.district;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Districts extends JpaRepository<District, Long> {

    Optional<District> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<District> findAllByOrderByNameAsc();

    /**
     * The ids of the Districts whose name contains {@code text} (lower case) or that have a member
     * municipality whose name ({@code key}: its search key), province or region contains it, by name.
     * The municipality table is read here, in SQL, so that a search reads one page and not every
     * District with its members.
     */
    @Query(
            nativeQuery = true,
            value = "select d.id " + SEARCH_FROM + " order by d.name, d.id",
            countQuery = "select count(*) " + SEARCH_FROM)
    Page<Long> search(String text, String key, Pageable page);

    String SEARCH_FROM = """
            from district d
            where lower(d.name) like :text
               or exists (select 1 from district_municipality dm join municipality m on m.istat_code = dm.istat_code
                          where dm.district_id = d.id
                            and (m.search_key like :key
                                 or lower(m.province_name) like :text
                                 or lower(m.region_name) like :text))
            """;

    @Query("select d from District d join d.municipalities m where m = :istatCode")
    Optional<District> findByMunicipality(String istatCode);

    @Query("select distinct d from District d join d.municipalities m where m in :istatCodes")
    List<District> findByMunicipalityIn(Collection<String> istatCodes);
}

package it.zona.municipality;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Municipalities extends JpaRepository<Municipality, String> {

    // The count query is given, not derived: Spring Data would parse the query at start-up to derive it.
    @Query(value = "select m " + SEARCH_FROM, countQuery = "select count(m) " + SEARCH_FROM)
    Page<Municipality> search(String pattern, Pageable pageable);

    String SEARCH_FROM =
            "from Municipality m where m.ceased = false and (m.searchKey like :pattern or m.istatCode like :pattern)";

    List<Municipality> findByIstatCodeIn(Collection<String> codes);

    @Query("select max(m.populationDate) from Municipality m")
    LocalDate latestPopulationDate();

    long countByCeasedFalse();

    List<Municipality> findByCeasedFalseOrderByIstatCode();
}

package it.zona.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Plans extends JpaRepository<Plan, Long> {

    List<Plan> findByDistrictIdOrderByFirstYearDesc(long districtId);
}

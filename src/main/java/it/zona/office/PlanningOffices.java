package it.zona.office;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningOffices extends JpaRepository<PlanningOffice, Long> {

    List<PlanningOffice> findByHeadPersonId(long personId);
}

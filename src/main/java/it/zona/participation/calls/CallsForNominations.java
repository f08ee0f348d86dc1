package it.zona.participation.calls;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallsForNominations extends JpaRepository<CallForNominations, Long> {

    List<CallForNominations> findByPlanIdOrderByDeadlineDescIdDesc(long planId);
}

package it.zona.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Agreements extends JpaRepository<ProgramAgreement, Long> {

    Optional<ProgramAgreement> findByPlanId(long planId);
}

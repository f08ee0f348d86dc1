package it.zona.spending;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundAnnualities extends JpaRepository<FundAnnuality, Long> {

    List<FundAnnuality> findByPlanId(long planId);

    Optional<FundAnnuality> findByPlanIdAndFundingSourceIdAndYear(long planId, long fundingSourceId, int year);
}

package it.zona.spending;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpendingLines extends JpaRepository<SpendingLine, Long> {

    List<SpendingLine> findByPlanId(long planId);

    List<SpendingLine> findByPlanIdAndAccountingCode(long planId, String accountingCode);
}

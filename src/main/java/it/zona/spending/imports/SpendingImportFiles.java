package it.zona.spending.imports;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpendingImportFiles extends JpaRepository<SpendingImport, Long> {

    Optional<SpendingImport> findByPlanIdAndSha256(long planId, String sha256);
}

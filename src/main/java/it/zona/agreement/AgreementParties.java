package it.zona.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementParties extends JpaRepository<AgreementParty, Long> {

    List<AgreementParty> findByAgreementIdOrderById(long agreementId);

    boolean existsByAgreementIdAndOrganizationId(long agreementId, long organizationId);
}

package it.zona.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Signatures extends JpaRepository<Signature, Long> {

    List<Signature> findByAgreementIdOrderById(long agreementId);

    boolean existsByPartyId(long partyId);

    boolean existsByPartyIdAndIndication(long partyId, Indication indication);
}

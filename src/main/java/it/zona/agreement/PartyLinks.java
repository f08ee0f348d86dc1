package it.zona.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartyLinks extends JpaRepository<PartyLink, Long> {

    Optional<PartyLink> findByPartyId(long partyId);

    Optional<PartyLink> findByTokenHash(String tokenHash);

    List<PartyLink> findByPartyIdIn(Collection<Long> partyIds);
}

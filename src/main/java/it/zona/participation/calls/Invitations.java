package it.zona.participation.calls;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Invitations extends JpaRepository<Invitation, Long> {

    List<Invitation> findByCallIdOrderByIdAsc(long callId);

    Optional<Invitation> findByIdAndCallId(long id, long callId);

    Optional<Invitation> findByTokenHash(String tokenHash);

    boolean existsByCallIdAndOrganizationId(long callId, long organizationId);

    Optional<Invitation> findByCallIdAndOrganizationId(long callId, long organizationId);
}

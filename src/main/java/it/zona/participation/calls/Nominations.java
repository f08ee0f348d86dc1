package it.zona.participation.calls;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Nominations extends JpaRepository<Nomination, Long> {

    List<Nomination> findByCallIdOrderByIdAsc(long callId);

    List<Nomination> findByInvitationIdOrderByIdAsc(long invitationId);

    Optional<Nomination> findByIdAndCallId(long id, long callId);

    Optional<Nomination> findByIdAndInvitationId(long id, long invitationId);

    boolean existsByInvitationId(long invitationId);
}

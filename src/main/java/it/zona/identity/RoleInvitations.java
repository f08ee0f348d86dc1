package it.zona.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleInvitations extends JpaRepository<RoleInvitation, Long> {

    Optional<RoleInvitation> findByDistrictIdAndUsernameAndStatus(
            long districtId, String username, RoleInvitation.Status status);

    List<RoleInvitation> findByDistrictIdAndStatusAndExpiresAtAfterOrderByUsername(
            long districtId, RoleInvitation.Status status, Instant now);

    List<RoleInvitation> findByAccountIdAndStatusAndExpiresAtAfterOrderByCreatedAt(
            long accountId, RoleInvitation.Status status, Instant now);
}

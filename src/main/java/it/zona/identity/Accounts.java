package it.zona.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByPlatformAdminTrue();

    boolean existsByEmailIgnoreCase(String email);

    @Query("select a from Account a join a.roles r where key(r) = :districtId order by a.username")
    List<Account> findMembersOf(long districtId);
}

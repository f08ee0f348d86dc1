package it.zona.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottles extends JpaRepository<LoginThrottle, String> {

    @Modifying
    @Query(
            "delete from LoginThrottle t where t.lastFailureAt < :before and (t.lockedUntil is null or t.lockedUntil < :before)")
    int deleteStale(Instant before);
}

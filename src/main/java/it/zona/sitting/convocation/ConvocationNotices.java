package it.zona.sitting.convocation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConvocationNotices extends JpaRepository<ConvocationNotice, Long> {

    Optional<ConvocationNotice> findFirstBySittingIdOrderBySequenceDesc(long sittingId);
}

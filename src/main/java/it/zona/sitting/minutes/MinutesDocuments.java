package it.zona.sitting.minutes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesDocuments extends JpaRepository<MinutesDocument, Long> {

    /** The digest alone, without reading the document's bytes. */
    @Query("select d.sha256 from MinutesDocument d where d.sittingId = :sittingId")
    Optional<String> sha256Of(long sittingId);
}

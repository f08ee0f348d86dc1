package it.zona.participation.tables;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TableMembers extends JpaRepository<TableMember, Long> {

    List<TableMember> findByTableIdOrderByJoinedOnAscIdAsc(long tableId);

    List<TableMember> findByTableIdAndLeftOnIsNull(long tableId);

    List<TableMember> findByTableIdInAndLeftOnIsNull(Collection<Long> tableIds);

    Optional<TableMember> findFirstByTableIdAndOrganizationIdAndLeftOnIsNull(long tableId, long organizationId);

    Optional<TableMember> findByIdAndTableId(long id, long tableId);

    boolean existsByTableId(long tableId);

    List<TableMember> findByOrganizationIdAndLeftOnIsNull(long organizationId);

    boolean existsByOrganizationId(long organizationId);

    /** The seats held now by whoever has this e-mail, as representative or substitute. */
    @Query("""
            select m from TableMember m where m.leftOn is null
            and (lower(m.representative.email) = lower(:email) or lower(m.substitute.email) = lower(:email))
            order by m.joinedOn, m.id""")
    List<TableMember> findActiveHeldBy(String email);
}

package it.zona.audit;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.QueryByExampleExecutor;

/**
 * Read, nothing else: entries are appended by {@link AuditChain}, this repository has no update or
 * delete method, and the entity is immutable (a trigger also refuses UPDATE and DELETE).
 */
interface AuditEntries extends Repository<AuditEntry, Long>, QueryByExampleExecutor<AuditEntry> {

    @Query("select distinct e.entityType from AuditEntry e where e.districtId = :districtId order by e.entityType")
    List<String> entityTypesOf(long districtId);

    @Query("select distinct e.actor from AuditEntry e where e.districtId = :districtId order by e.actor")
    List<String> actorsOf(long districtId);
}

package it.zona.participation.tables;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThematicTables extends JpaRepository<ThematicTable, Long> {

    List<ThematicTable> findByPlanIdOrderByName(long planId);

    Optional<ThematicTable> findFirstByPlanIdAndNameIgnoreCase(long planId, String name);

    @Query("select t from ThematicTable t join t.areaIds a where a = :areaId order by t.name")
    List<ThematicTable> findByArea(long areaId);

    List<ThematicTable> findByLiaisonId(long personId);
}

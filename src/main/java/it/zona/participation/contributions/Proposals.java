package it.zona.participation.contributions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Proposals extends JpaRepository<Proposal, Long> {

    List<Proposal> findByMeetingIdOrderById(long meetingId);

    List<Proposal> findByPlanIdOrderByIdDesc(long planId);

    List<Proposal> findByOrganizationIdInOrderByIdDesc(Collection<Long> organizationIds);

    List<Proposal> findByPlanIdAndObjectiveIdIsNotNull(long planId);

    List<Proposal> findByInterventionId(long interventionId);

    boolean existsByAreaId(long areaId);

    boolean existsByOrganizationId(long organizationId);
}

package it.zona.participation.contributions;

import it.zona.organization.OrganizationRegistry;
import it.zona.programme.AreaRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.shared.ReferenceCheck;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the tables' needs, proposals and progress notes hold on to: the areas and organisations they
 * name, and the interventions they became or reviewed (their public trace would be lost).
 */
@Component
class ContributionReferences implements ReferenceCheck {

    private final Proposals proposals;
    private final HeardNeeds heardNeeds;
    private final ProgressNotes notes;

    ContributionReferences(Proposals proposals, HeardNeeds heardNeeds, ProgressNotes notes) {
        this.proposals = proposals;
        this.heardNeeds = heardNeeds;
        this.notes = notes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        List<String> holders = new ArrayList<>();
        switch (entityType) {
            case AreaRegistry.AREA -> {
                if (proposals.existsByAreaId(id)) {
                    holders.add(ProposalRegistry.ENTITY);
                }
                if (heardNeeds.existsByAreaId(id)) {
                    holders.add(HeardNeedRegistry.ENTITY);
                }
            }
            case OrganizationRegistry.ENTITY -> {
                if (proposals.existsByOrganizationId(id)) {
                    holders.add(ProposalRegistry.ENTITY);
                }
                if (heardNeeds.existsByOrganizationId(id)) {
                    holders.add(HeardNeedRegistry.ENTITY);
                }
            }
            case InterventionRegistry.ENTITY -> {
                proposals.findByInterventionId(id).forEach(p -> holders.add(p.title()));
                long count = notes.countByInterventionId(id);
                if (count > 0) {
                    holders.add(ProgressRegistry.ENTITY + " (" + count + ")");
                }
            }
            default -> {}
        }
        return holders;
    }
}

package it.zona.participation;

import it.zona.organization.OrganizationType;
import java.util.List;

/** Whom to invite: organisations picked one by one, and every organisation of some types. */
public record InvitationRequest(List<Long> organizationIds, List<OrganizationType> organizationTypes) {

    public InvitationRequest {
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
        organizationTypes = organizationTypes == null ? List.of() : List.copyOf(organizationTypes);
    }

    public boolean isEmpty() {
        return organizationIds.isEmpty() && organizationTypes.isEmpty();
    }
}

package it.zona.participation.calls;

import com.fasterxml.jackson.annotation.JsonIgnore;
import it.zona.organization.OrganizationType;
import java.util.List;

/** Whom to invite: organisations picked one by one, and every organisation of some types. */
public record InvitationRequest(List<Long> organizationIds, List<OrganizationType> organizationTypes) {

    public InvitationRequest {
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
        organizationTypes = organizationTypes == null ? List.of() : List.copyOf(organizationTypes);
    }

    /** A question to the request, not one of its fields: the API takes no "empty". */
    @JsonIgnore
    public boolean isEmpty() {
        return organizationIds.isEmpty() && organizationTypes.isEmpty();
    }
}

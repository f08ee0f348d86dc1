package it.zona.district;

import it.zona.identity.DistrictRole;

/** A District together with the current user's role in it, as pages need it to show or hide actions. */
public record DistrictAccess(DistrictRef district, DistrictRole role) {

    public long id() {
        return district.id();
    }

    public String slug() {
        return district.slug();
    }

    public boolean canEdit() {
        return role.includes(DistrictRole.EDITOR);
    }

    public boolean canAdmin() {
        return role.includes(DistrictRole.ADMIN);
    }
}

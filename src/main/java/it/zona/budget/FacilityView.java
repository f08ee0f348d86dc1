package it.zona.budget;

import it.zona.programme.Named;

public record FacilityView(
        long id,
        long planId,
        String name,
        String kind,
        String address,
        String municipality,
        String municipalityName,
        Named organization,
        Named intervention,
        Integer capacity,
        String note,
        long version) {

    public FacilityForm toForm() {
        return new FacilityForm(
                name,
                kind,
                address,
                municipality,
                organization == null ? null : organization.id(),
                intervention == null ? null : intervention.id(),
                capacity,
                note,
                version);
    }
}

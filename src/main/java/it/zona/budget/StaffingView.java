package it.zona.budget;

import it.zona.programme.Named;
import java.math.BigDecimal;

public record StaffingView(
        long id,
        long planId,
        int year,
        ProfessionalRole role,
        String description,
        BigDecimal fte,
        Named organization,
        Named intervention,
        long version) {

    public StaffingForm toForm() {
        return new StaffingForm(
                year,
                role,
                description,
                fte,
                organization == null ? null : organization.id(),
                intervention == null ? null : intervention.id(),
                version);
    }
}

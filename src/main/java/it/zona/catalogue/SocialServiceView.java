package it.zona.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A service as everyone reads it, in the shape a change sends it back ({@link #toForm()}), with what
 * only reading adds: where it is, whether its application window is open today, when it last
 * changed.
 */
public record SocialServiceView(
        long id,
        String districtSlug,
        ServiceKind kind,
        ServiceCategory category,
        String serviceCode,
        String title,
        ServiceStatus status,
        LocalDate statusFrom,
        LocalDate statusUntil,
        String summary,
        String audienceText,
        String howTo,
        String documents,
        String outcome,
        String costs,
        String deadlines,
        String contacts,
        List<Audience> audiences,
        boolean allMunicipalities,
        List<String> municipalities,
        List<Long> officeIds,
        List<Long> interventionIds,
        SocialServiceForm.WindowForm window,
        boolean windowOpen,
        WindowState windowState,
        Instant updatedAt,
        long version) {

    public SocialServiceForm toForm() {
        return new SocialServiceForm(
                kind,
                category,
                serviceCode,
                title,
                status,
                statusFrom,
                statusUntil,
                summary,
                audienceText,
                howTo,
                documents,
                outcome,
                costs,
                deadlines,
                contacts,
                audiences,
                allMunicipalities,
                municipalities,
                officeIds,
                interventionIds,
                window,
                version);
    }
}

package it.zona.programme;

import it.zona.programme.NeedForm.EvidenceForm;
import java.util.List;

public record NeedView(
        long id,
        long planId,
        PolicyAreaView area,
        String title,
        String description,
        HeardAt heardAt,
        String heardWhere,
        Priority priority,
        List<Evidence> evidence,
        long version) {

    public NeedForm toForm() {
        return new NeedForm(
                area.id(),
                title,
                description,
                heardAt,
                heardWhere,
                priority,
                evidence.stream()
                        .map(e -> new EvidenceForm(e.indicator(), e.figure(), e.unit(), e.source(), e.year()))
                        .toList(),
                version);
    }
}

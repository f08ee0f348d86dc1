package it.zona.programme;

import java.util.List;

/** An objective with its area, the needs it answers and, for a specific one, its general objective. */
public record ObjectiveView(
        long id,
        long planId,
        ObjectiveKind kind,
        PolicyAreaView area,
        Named parent,
        Integer year,
        String title,
        String description,
        int position,
        List<Named> needs,
        long version) {

    public ObjectiveForm toForm() {
        return new ObjectiveForm(
                kind,
                area.id(),
                parent == null ? null : parent.id(),
                year,
                title,
                description,
                needs.stream().map(Named::id).toList(),
                version);
    }
}

package it.zona.participation.tables;

import it.zona.programme.Named;
import java.util.List;

/** A thematic table as its pages and the API show it; the liaison's name is public, their contacts not. */
public record TableView(
        long id,
        long planId,
        String name,
        TableKind kind,
        String description,
        List<Named> areas,
        Named liaison,
        int members,
        long version) {

    public TableForm toForm() {
        return new TableForm(
                name,
                kind,
                description,
                areas.stream().map(Named::id).toList(),
                liaison == null ? null : liaison.id(),
                version);
    }
}

package it.zona.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import it.zona.shared.EntityChanged;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One entry of the log. {@code before} and {@code after} are the entity's state as JSON;
 * {@code entityName} is what people call it (its name, or a person's full name), when the state
 * says; {@code changes} lists the top-level fields that differ, for people to read.
 */
record AuditEntryView(
        long id,
        Instant occurredAt,
        String actor,
        String entityType,
        String entityId,
        String entityName,
        EntityChanged.Action action,
        String reason,
        JsonNode before,
        JsonNode after,
        List<FieldChange> changes) {

    @Schema(name = "AuditFieldChange")
    public record FieldChange(String field, String before, String after) {}
}
